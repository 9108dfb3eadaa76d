// SPDX-License-Identifier: MIT
// Lossless saving against Pact's reference: pacts written by libpact_ffi (pact_models + serde_json) with
// a table of numbers in their bodies are read and saved by us; the bytes must be the reference's.

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>
#include <testpaths.h>

#include <QLibrary>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;

namespace {

struct Ffi
{
    quint16 (*newPact)(const char *, const char *) = nullptr;
    bool (*withSpecification)(quint16, int) = nullptr;
    quint32 (*newInteraction)(quint16, const char *) = nullptr;
    bool (*uponReceiving)(quint32, const char *) = nullptr;
    bool (*withRequest)(quint32, const char *, const char *) = nullptr;
    bool (*responseStatus)(quint32, unsigned short) = nullptr;
    bool (*withBody)(quint32, int, const char *, const char *) = nullptr;
    int (*writeFile)(quint16, const char *, bool) = nullptr;
};

template<typename F> bool resolve(QLibrary &lib, const char *name, F &fn)
{
    fn = reinterpret_cast<F>(lib.resolve(name));
    return fn != nullptr;
}

// Numbers as a consumer test gives them; the reference stores each as serde_json reads it and writes its own
// spelling, which we must reproduce: floats that are integral (10.0), exponents with a sign (1e+16), u64.
const char *const kNumbers = R"({"f": 10.0, "neg0": -0.0, "e3": 1e3, "small": 1E-7, "u64": 12345678901234567890,
    "beyond53": 9007199254740993, "tenth": 0.1, "ulp": 1.0000000000000002, "int": 10, "big": 1e16,
    "bigger": 1.5e17, "tiny": 0.00001, "list": [22.0, 1e-6, 1e21, -3, 2.5]})";

} // namespace

class TestOracleSave : public QObject
{
    Q_OBJECT

private:
    QLibrary m_lib;
    Ffi m_ffi;

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir);
        m_lib.setFileName(dir + QStringLiteral("/libpact_ffi.so"));
        if (!m_lib.load())
            PACTBENCH_ORACLE_UNAVAILABLE(m_lib.errorString());
        const bool ok = resolve(m_lib, "pactffi_new_pact", m_ffi.newPact)
            && resolve(m_lib, "pactffi_with_specification", m_ffi.withSpecification)
            && resolve(m_lib, "pactffi_new_interaction", m_ffi.newInteraction)
            && resolve(m_lib, "pactffi_upon_receiving", m_ffi.uponReceiving)
            && resolve(m_lib, "pactffi_with_request", m_ffi.withRequest)
            && resolve(m_lib, "pactffi_response_status", m_ffi.responseStatus)
            && resolve(m_lib, "pactffi_with_body", m_ffi.withBody)
            && resolve(m_lib, "pactffi_pact_handle_write_file", m_ffi.writeFile);
        if (!ok)
            PACTBENCH_ORACLE_UNAVAILABLE(QStringLiteral("libpact_ffi lacks a function this test needs"));
    }

    void savedAsTheReferenceWrites_data()
    {
        QTest::addColumn<int>("ffiSpec"); // libpact_ffi's PactSpecification: 3 = V2, 4 = V3, 5 = V4
        QTest::addColumn<int>("version");
        QTest::addRow("V2") << 3 << int(SpecVersion::V2);
        QTest::addRow("V3") << 4 << int(SpecVersion::V3);
        QTest::addRow("V4") << 5 << int(SpecVersion::V4);
    }

    void savedAsTheReferenceWrites()
    {
        QFETCH(int, ffiSpec);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QByteArray consumer = "Numbers" + QByteArray::number(ffiSpec);
        const quint16 pact = m_ffi.newPact(consumer.constData(), "Provider");
        QVERIFY(m_ffi.withSpecification(pact, ffiSpec));
        const quint32 i = m_ffi.newInteraction(pact, "numbers as written");
        m_ffi.uponReceiving(i, "numbers as written");
        m_ffi.withRequest(i, "POST", "/numbers");
        m_ffi.withBody(i, 0, "application/json", kNumbers); // 0: the request
        m_ffi.responseStatus(i, 200);
        m_ffi.withBody(i, 1, "application/json", kNumbers);
        QCOMPARE(m_ffi.writeFile(pact, QFile::encodeName(dir.path()).constData(), true), 0);
        const QString path = dir.filePath(QString::fromUtf8(consumer) + QStringLiteral("-Provider.json"));
        const QByteArray reference = Test::readAll(path);
        QVERIFY2(!reference.isEmpty(), qPrintable(path));
        QVERIFY2(reference.contains("10.0") && reference.contains("1e+16"), reference.constData());

        const ReadResult read = PactReader::read(reference);
        QVERIFY(read.ok());
        QCOMPARE(int(read.pact->specVersion), version);
        const QByteArray ours = PactWriter::write(*read.pact, PactWriter::saveVersion(read.pact->specVersion));
        QCOMPARE(ours, reference);
    }
};

QTEST_GUILESS_MAIN(TestOracleSave)
#include "tst_oraclesave.moc"
