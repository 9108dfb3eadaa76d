// SPDX-License-Identifier: MIT
// Agreement with Pact's reference implementation: every corpus pact, written by us as V4 (and as V3
// where no loss is reported), is read back by the reference's own model (libpact_ffi) with the same
// interactions, kinds, descriptions and body bytes.

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>
#include <testpaths.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QProcess>
#include <QtTest>

using namespace Pactbench;

namespace {

// The few FFI entry points used, as the reference's pact.h declares them.
struct Ffi
{
    void *(*parsePactJson)(const char *) = nullptr;
    int (*specVersion)(const void *) = nullptr;
    void *(*interactionIterator)(void *) = nullptr;
    void *(*iteratorNext)(void *) = nullptr;
    void (*iteratorDelete)(void *) = nullptr;
    void (*pactDelete)(void *) = nullptr;
    const void *(*asHttp)(const void *) = nullptr;
    const void *(*asAsync)(const void *) = nullptr;
    const void *(*asSync)(const void *) = nullptr;
    const char *(*httpDescription)(const void *) = nullptr;
    const char *(*asyncDescription)(const void *) = nullptr;
    const char *(*syncDescription)(const void *) = nullptr;
    const unsigned char *(*httpRequestBin)(const void *) = nullptr;
    size_t (*httpRequestLength)(const void *) = nullptr;
    const unsigned char *(*httpResponseBin)(const void *) = nullptr;
    size_t (*httpResponseLength)(const void *) = nullptr;
    const unsigned char *(*asyncBin)(const void *) = nullptr;
    size_t (*asyncLength)(const void *) = nullptr;
    size_t (*syncResponses)(const void *) = nullptr;
    void (*stringDelete)(const char *) = nullptr;
    void (*httpDelete)(const void *) = nullptr;
    void (*asyncDelete)(const void *) = nullptr;
    void (*syncDelete)(const void *) = nullptr;
};

template<typename F>
bool resolve(QLibrary &lib, const char *name, F &fn)
{
    fn = reinterpret_cast<F>(lib.resolve(name));
    return fn != nullptr;
}

bool sameBody(const QByteArray &ours, const unsigned char *theirs, size_t length)
{
    const QByteArray ref = theirs ? QByteArray(reinterpret_cast<const char *>(theirs), qsizetype(length)) : QByteArray();
    if (ours == ref)
        return true;
    // JSON bodies: the same document, whatever the spacing.
    QJsonParseError e1, e2;
    const QJsonDocument a = QJsonDocument::fromJson('[' + ours + ']', &e1);
    const QJsonDocument b = QJsonDocument::fromJson('[' + ref + ']', &e2);
    return e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError && a == b;
}

} // namespace

class TestOracleWriter : public QObject
{
    Q_OBJECT

private:
    QLibrary m_lib;
    Ffi m_ffi;
    int m_agreedV4 = 0;
    int m_agreedV3 = 0;

    QString takeString(const char *s)
    {
        const QString out = QString::fromUtf8(s);
        if (s)
            m_ffi.stringDelete(s);
        return out;
    }

    bool referenceReads(const QByteArray &json)
    {
        void *ref = m_ffi.parsePactJson(json.constData());
        if (ref)
            m_ffi.pactDelete(ref);
        return ref != nullptr;
    }

    /// Empty when the reference reads `json` as `pact`; else what differs.
    QString compare(const QByteArray &json, const Pact &pact, int expectedSpec)
    {
        void *ref = m_ffi.parsePactJson(json.constData());
        if (!ref)
            return QStringLiteral("the reference could not read the file");
        QString problem;
        if (m_ffi.specVersion(ref) != expectedSpec)
            problem = QStringLiteral("spec version %1").arg(m_ffi.specVersion(ref));
        void *it = m_ffi.interactionIterator(ref);
        int n = 0;
        while (void *i = m_ffi.iteratorNext(it)) {
            if (problem.isEmpty())
                problem = compareInteraction(i, pact.interactions.value(n), n);
            ++n; // owned by the iterator: not deleted here
        }
        m_ffi.iteratorDelete(it);
        m_ffi.pactDelete(ref);
        if (problem.isEmpty() && n != pact.interactions.size())
            problem = QStringLiteral("%1 interactions read, %2 written").arg(n).arg(pact.interactions.size());
        return problem;
    }

    QString compareInteraction(void *i, const Interaction &ours, int n)
    {
        const QString where = QStringLiteral("interaction %1: ").arg(n);
        if (const void *h = m_ffi.asHttp(i)) {
            QString p;
            if (ours.kind != InteractionKind::SynchronousHttp)
                p = where + QStringLiteral("read as HTTP");
            else if (takeString(m_ffi.httpDescription(h)) != ours.description)
                p = where + QStringLiteral("description");
            else if (!sameBody(ours.request.body.content(), m_ffi.httpRequestBin(h), m_ffi.httpRequestLength(h)))
                p = where + QStringLiteral("request body");
            else if (!sameBody(ours.response.body.content(), m_ffi.httpResponseBin(h), m_ffi.httpResponseLength(h)))
                p = where + QStringLiteral("response body");
            m_ffi.httpDelete(h);
            return p;
        }
        if (const void *a = m_ffi.asAsync(i)) {
            QString p;
            if (ours.kind != InteractionKind::AsynchronousMessage)
                p = where + QStringLiteral("read as an asynchronous message");
            else if (takeString(m_ffi.asyncDescription(a)) != ours.description)
                p = where + QStringLiteral("description");
            else if (!sameBody(ours.message.contents.content(), m_ffi.asyncBin(a), m_ffi.asyncLength(a)))
                p = where + QStringLiteral("contents");
            m_ffi.asyncDelete(a);
            return p;
        }
        if (const void *s = m_ffi.asSync(i)) {
            QString p;
            if (ours.kind != InteractionKind::SynchronousMessages)
                p = where + QStringLiteral("read as synchronous messages");
            else if (takeString(m_ffi.syncDescription(s)) != ours.description)
                p = where + QStringLiteral("description");
            else if (m_ffi.syncResponses(s) != size_t(ours.messageResponses.size()))
                p = where + QStringLiteral("number of responses");
            m_ffi.syncDelete(s);
            return p;
        }
        return where + QStringLiteral("of no known kind");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_lib.setFileName(dir + QStringLiteral("/libpact_ffi.so"));
        QVERIFY2(m_lib.load(), qPrintable(m_lib.errorString()));
        bool ok = resolve(m_lib, "pactffi_parse_pact_json", m_ffi.parsePactJson)
            && resolve(m_lib, "pactffi_pact_spec_version", m_ffi.specVersion)
            && resolve(m_lib, "pactffi_pact_model_interaction_iterator", m_ffi.interactionIterator)
            && resolve(m_lib, "pactffi_pact_interaction_iter_next", m_ffi.iteratorNext)
            && resolve(m_lib, "pactffi_pact_interaction_iter_delete", m_ffi.iteratorDelete)
            && resolve(m_lib, "pactffi_pact_model_delete", m_ffi.pactDelete)
            && resolve(m_lib, "pactffi_pact_interaction_as_synchronous_http", m_ffi.asHttp)
            && resolve(m_lib, "pactffi_pact_interaction_as_asynchronous_message", m_ffi.asAsync)
            && resolve(m_lib, "pactffi_pact_interaction_as_synchronous_message", m_ffi.asSync)
            && resolve(m_lib, "pactffi_sync_http_get_description", m_ffi.httpDescription)
            && resolve(m_lib, "pactffi_async_message_get_description", m_ffi.asyncDescription)
            && resolve(m_lib, "pactffi_sync_message_get_description", m_ffi.syncDescription)
            && resolve(m_lib, "pactffi_sync_http_get_request_contents_bin", m_ffi.httpRequestBin)
            && resolve(m_lib, "pactffi_sync_http_get_request_contents_length", m_ffi.httpRequestLength)
            && resolve(m_lib, "pactffi_sync_http_get_response_contents_bin", m_ffi.httpResponseBin)
            && resolve(m_lib, "pactffi_sync_http_get_response_contents_length", m_ffi.httpResponseLength)
            && resolve(m_lib, "pactffi_async_message_get_contents_bin", m_ffi.asyncBin)
            && resolve(m_lib, "pactffi_async_message_get_contents_length", m_ffi.asyncLength)
            && resolve(m_lib, "pactffi_sync_message_get_number_responses", m_ffi.syncResponses)
            && resolve(m_lib, "pactffi_string_delete", m_ffi.stringDelete)
            && resolve(m_lib, "pactffi_sync_http_delete", m_ffi.httpDelete)
            && resolve(m_lib, "pactffi_async_message_delete", m_ffi.asyncDelete)
            && resolve(m_lib, "pactffi_sync_message_delete", m_ffi.syncDelete);
        QVERIFY2(ok, "libpact_ffi lacks an entry point this test uses");
    }

    void referenceReadsOurFiles_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &folder : {QStringLiteral("files"), QStringLiteral("synthetic")}) {
            for (const QString &f : Test::corpusFiles(folder))
                QTest::newRow(qPrintable(folder + u'/' + QFileInfo(f).fileName())) << f;
        }
    }

    void referenceReadsOurFiles()
    {
        QFETCH(QString, file);
        const ReadResult r = PactReader::readFile(file);
        QVERIFY(r.ok());
        if (r.pact->hasKind(InteractionKind::Unsupported))
            QSKIP("holds an interaction type neither we nor the reference know");
        // pactffi's PactSpecification: V3 = 4, V4 = 5.
        const QString v4 = compare(PactWriter::write(*r.pact, SpecVersion::V4), *r.pact, 5);
        if (!v4.isEmpty() && !referenceReads(Test::readAll(file)))
            QSKIP("the reference reads neither the original file nor ours");
        QVERIFY2(v4.isEmpty(), qPrintable(QStringLiteral("V4: ") + v4));
        ++m_agreedV4;
        LossReport losses;
        const QByteArray v3 = PactWriter::write(*r.pact, SpecVersion::V3, &losses);
        if (!losses.isEmpty())
            return;
        const QString problem = compare(v3, *r.pact, 4);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("V3: ") + problem));
        ++m_agreedV3;
    }

    void cleanupTestCase()
    {
        qInfo("oracle: the reference read %d of our V4 files and %d of our loss-free V3 files as we wrote them", m_agreedV4, m_agreedV3);
    }
};

QTEST_GUILESS_MAIN(TestOracleWriter)
#include "tst_oraclewriter.moc"
