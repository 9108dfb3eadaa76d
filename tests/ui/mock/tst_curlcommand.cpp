// SPDX-License-Identifier: MIT
// curlCommand(): the words a POSIX shell makes of the command are exactly the intended curl
// arguments. bash runs each command with `curl` defined as a function that prints its arguments
// (and what arrives on stdin), so quoting mistakes show as different words.
#include <ui/mock/curlcommand.h>

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Pactbench;

namespace {

Headers headers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Headers out;
    for (const auto &[name, value] : list)
        out.append(QString::fromUtf8(name), QString::fromUtf8(value));
    return out;
}

/// The argument words bash gives `curl`, one per line, then "stdin:" and the hex of stdin.
QStringList wordsOf(const QString &command)
{
    const QString script
        = QStringLiteral("curl() { for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done; "
                         "s=$(od -An -tx1 | tr -d ' \\n'); if [ -n \"$s\" ]; then echo \"stdin:$s\"; fi; }\n")
        + command + u'\n';
    QProcess bash;
    bash.setStandardInputFile(QProcess::nullDevice());
    bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
    if (!bash.waitForFinished(10000) || bash.exitCode() != 0)
        return { QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError()) };
    return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
            QSKIP("bash is not installed");
    }

    void words_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        const QString url = QStringLiteral("[http://127.0.0.1:8080/users/1]");
        QTest::addRow("plain GET") << QStringLiteral("GET") << QStringLiteral("/users/1") << Headers() << QByteArray()
                                   << QStringList{ url };
        QTest::addRow("host and length are curl's")
            << QStringLiteral("GET") << QStringLiteral("/users/1")
            << headers({ { "Host", "x" }, { "Content-Length", "0" }, { "Accept", "*/*" } }) << QByteArray()
            << QStringList{ QStringLiteral("[-H]"), QStringLiteral("[Accept: */*]"), url };
        QTest::addRow("quotes, dollars, backticks in a header")
            << QStringLiteral("GET") << QStringLiteral("/users/1")
            << headers({ { "X-Odd", "it's $HOME `id` \"q\" \\ !" } }) << QByteArray()
            << QStringList{ QStringLiteral("[-H]"), QStringLiteral("[X-Odd: it's $HOME `id` \"q\" \\ !]"), url };
        QTest::addRow("query with & and ;")
            << QStringLiteral("GET") << QStringLiteral("/q?a=1&b=x%20y;rm") << Headers() << QByteArray()
            << QStringList{ QStringLiteral("[http://127.0.0.1:8080/q?a=1&b=x%20y;rm]") };
        QTest::addRow("POST with a JSON body")
            << QStringLiteral("POST") << QStringLiteral("/users") << headers({ { "Content-Type", "application/json" } })
            << QByteArray("{\"name\":\"O'Brien\",\"n\":\"$x\"}")
            << QStringList{ QStringLiteral("[-H]"), QStringLiteral("[Content-Type: application/json]"),
                   QStringLiteral("[--data-raw]"), QStringLiteral("[{\"name\":\"O'Brien\",\"n\":\"$x\"}]"),
                   QStringLiteral("[http://127.0.0.1:8080/users]") };
        QTest::addRow("a body starting with @ is data, not a file")
            << QStringLiteral("PUT") << QStringLiteral("/f") << headers({ { "Content-Type", "text/plain" } })
            << QByteArray("@/etc/passwd")
            << QStringList{ QStringLiteral("[-X]"), QStringLiteral("[PUT]"), QStringLiteral("[-H]"),
                   QStringLiteral("[Content-Type: text/plain]"), QStringLiteral("[--data-raw]"),
                   QStringLiteral("[@/etc/passwd]"), QStringLiteral("[http://127.0.0.1:8080/f]") };
        QTest::addRow("no content type: curl's form type is suppressed")
            << QStringLiteral("POST") << QStringLiteral("/f") << Headers() << QByteArray("a=1")
            << QStringList{ QStringLiteral("[-H]"), QStringLiteral("[Content-Type:]"), QStringLiteral("[--data-raw]"),
                   QStringLiteral("[a=1]"), QStringLiteral("[http://127.0.0.1:8080/f]") };
        QTest::addRow("binary body through printf")
            << QStringLiteral("POST") << QStringLiteral("/bin")
            << headers({ { "Content-Type", "application/octet-stream" } }) << QByteArray("\x00\x01'%\\n\xff", 7)
            << QStringList{ QStringLiteral("[-H]"), QStringLiteral("[Content-Type: application/octet-stream]"),
                   QStringLiteral("[--data-binary]"), QStringLiteral("[@-]"),
                   QStringLiteral("[http://127.0.0.1:8080/bin]"),
                   QStringLiteral("stdin:0001272 55c6eff").remove(u' ') };
        QTest::addRow("custom method") << QStringLiteral("BREW") << QStringLiteral("/pot") << Headers() << QByteArray()
                                       << QStringList{ QStringLiteral("[-X]"), QStringLiteral("[BREW]"),
                                              QStringLiteral("[http://127.0.0.1:8080/pot]") };
        QTest::addRow("HEAD") << QStringLiteral("HEAD") << QStringLiteral("/users/1") << Headers() << QByteArray()
                              << QStringList{ QStringLiteral("[--head]"), url };
        QTest::addRow("GET with a body") << QStringLiteral("GET") << QStringLiteral("/users/1")
                                         << headers({ { "Content-Type", "text/plain" } }) << QByteArray("x")
                                         << QStringList{ QStringLiteral("[-X]"), QStringLiteral("[GET]"),
                                                QStringLiteral("[-H]"), QStringLiteral("[Content-Type: text/plain]"),
                                                QStringLiteral("[--data-raw]"), QStringLiteral("[x]"), url };
    }

    void words()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        CurlRequest request;
        request.method = method;
        request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        request.target = target;
        request.headers = headers;
        request.body = body;
        const QString command = curlCommand(request);
        QCOMPARE(wordsOf(command), expected);
    }

    void httpsGetsInsecureFlag()
    {
        CurlRequest request;
        request.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9/"));
        request.target = QStringLiteral("/x");
        QCOMPARE(curlCommand(request), QStringLiteral("curl -k https://127.0.0.1:9/x"));
    }

    void truncatedBodyIsMarked()
    {
        CurlRequest request;
        request.method = QStringLiteral("POST");
        request.baseUrl = QUrl(QStringLiteral("http://h:1"));
        request.target = QStringLiteral("/u");
        request.headers.append(QStringLiteral("Content-Type"), QStringLiteral("text/plain"));
        request.body = "abc";
        request.bodyTruncated = true;
        QVERIFY(curlCommand(request).endsWith(QStringLiteral("# body truncated")));
        QCOMPARE(wordsOf(curlCommand(request)).last(), QStringLiteral("[http://h:1/u]"));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("safe") << QStringLiteral("abc-1.2/x:y") << QStringLiteral("abc-1.2/x:y");
        QTest::addRow("empty") << QString() << QStringLiteral("''");
        QTest::addRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::addRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(Pactbench::shellQuote(word), quoted);
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
