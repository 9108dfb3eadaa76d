// SPDX-License-Identifier: MIT
// The credential rule (Origin) and the size helpers of BodyReader, value by value.

#include <core/net/bodyreader.h>
#include <core/net/origin.h>

#include <QtTest>

using namespace Pactbench;

Q_DECLARE_METATYPE(Pactbench::Origin::Redirect)

class TestOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("same, other path")
            << u"https://broker.example/a"_qs << u"https://broker.example/b?x=1"_qs << true;
        QTest::addRow("host case") << u"https://Broker.Example/"_qs << u"https://broker.example/"_qs << true;
        QTest::addRow("default port written")
            << u"https://broker.example/"_qs << u"https://broker.example:443/"_qs << true;
        QTest::addRow("http default port") << u"http://h/"_qs << u"http://h:80/"_qs << true;
        QTest::addRow("user info does not matter") << u"https://u:p@h/"_qs << u"https://h/"_qs << true;
        QTest::addRow("other port") << u"http://127.0.0.1:8080/"_qs << u"http://127.0.0.1:8081/"_qs << false;
        QTest::addRow("other host") << u"http://127.0.0.1:8080/"_qs << u"http://localhost:8080/"_qs << false;
        QTest::addRow("other scheme") << u"http://h/"_qs << u"https://h/"_qs << false;
        QTest::addRow("http on 443 is not https") << u"https://h/"_qs << u"http://h:443/"_qs << false;
        QTest::addRow("subdomain") << u"https://h.example/"_qs << u"https://evil.h.example/"_qs << false;
        QTest::addRow("no host") << u"file:///a"_qs << u"file:///a"_qs << false;
    }
    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Origin::same(QUrl(a), QUrl(b)), same);
        QCOMPARE(Origin::same(QUrl(b), QUrl(a)), same);
    }

    void redirect_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Origin::Redirect>("decision");
        const QString o = u"https://h/pact"_qs;
        QTest::addRow("same origin") << o << o << u"https://h/other"_qs << Origin::Redirect::KeepCredentials;
        QTest::addRow("other host") << o << o << u"https://cdn.example/p"_qs << Origin::Redirect::DropCredentials;
        QTest::addRow("other port") << o << o << u"https://h:8443/p"_qs << Origin::Redirect::DropCredentials;
        QTest::addRow("upgrade") << u"http://h/"_qs << u"http://h/"_qs << u"https://h/"_qs
                                 << Origin::Redirect::DropCredentials;
        QTest::addRow("downgrade") << o << o << u"http://h/p"_qs << Origin::Redirect::Refuse;
        QTest::addRow("downgrade after a hop")
            << u"http://h/"_qs << u"https://h/"_qs << u"http://h/"_qs << Origin::Redirect::Refuse;
        QTest::addRow("back to the origin")
            << o << u"https://cdn.example/"_qs << u"https://h/x"_qs << Origin::Redirect::KeepCredentials;
        QTest::addRow("file") << o << o << u"file:///etc/passwd"_qs << Origin::Redirect::Refuse;
        QTest::addRow("ftp") << u"http://h/"_qs << u"http://h/"_qs << u"ftp://h/p"_qs << Origin::Redirect::Refuse;
    }
    void redirect()
    {
        QFETCH(QString, origin);
        QFETCH(QString, current);
        QFETCH(QString, to);
        QFETCH(Origin::Redirect, decision);
        QCOMPARE(Origin::redirect(QUrl(origin), QUrl(current), QUrl(to)), decision);
    }

    void displayNeverShowsThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::addRow("user and password")
            << u"https://ci:s3cret-pw@h.example/pacts/a.json"_qs << u"https://h.example/pacts/a.json"_qs;
        QTest::addRow("user only") << u"http://ci@h:81/p"_qs << u"http://h:81/p"_qs;
        QTest::addRow("none") << u"http://h/p?q=1"_qs << u"http://h/p?q=1"_qs;
        QTest::addRow("none, kept as given") << u"http://h/Consumer%202"_qs << u"http://h/Consumer%202"_qs;
        QTest::addRow("unparsable") << u"http://ci:s3cret-pw@/p"_qs << u"http://***@/p"_qs;
        QTest::addRow("not a URL") << u"pacts/a.json"_qs << u"pacts/a.json"_qs;
    }
    void displayNeverShowsThePassword()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(Origin::display(url), shown);
        QVERIFY(!Origin::display(QUrl(url)).contains(u"s3cret"));
    }

    void redact()
    {
        const QUrl url(u"https://ci:s3cret%40pw@h.example/"_qs);
        const QString text = u"Error transferring https://ci:s3cret%40pw@h.example/ - s3cret@pw"_qs;
        const QString out = Origin::redact(text, url);
        QVERIFY2(!out.contains(u"s3cret"), qPrintable(out));
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::addRow("bytes") << u"1000"_qs << qint64(1000) << u"1000 bytes"_qs;
        QTest::addRow("K") << u"64K"_qs << qint64(65536) << u"64 KiB"_qs;
        QTest::addRow("KiB") << u"1kib"_qs << qint64(1024) << u"1 KiB"_qs;
        QTest::addRow("M") << u"64M"_qs << qint64(64) * 1024 * 1024 << u"64 MiB"_qs;
        QTest::addRow("MiB spaced") << u" 2 MiB"_qs << qint64(2) * 1024 * 1024 << u"2 MiB"_qs;
        QTest::addRow("G") << u"1G"_qs << (qint64(1) << 30) << u"1 GiB"_qs;
        QTest::addRow("zero") << u"0"_qs << qint64(-1) << QString();
        QTest::addRow("negative") << u"-5"_qs << qint64(-1) << QString();
        QTest::addRow("word") << u"lots"_qs << qint64(-1) << QString();
        QTest::addRow("overflow") << u"9223372036854775807G"_qs << qint64(-1) << QString();
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QFETCH(QString, shown);
        qint64 parsed = -1;
        QCOMPARE(BodyReader::parseBytes(text, &parsed), bytes > 0);
        QCOMPARE(parsed, bytes);
        if (bytes > 0)
            QCOMPARE(BodyReader::formatBytes(bytes), shown);
    }
};

QTEST_GUILESS_MAIN(TestOrigin)
#include "tst_origin.moc"
