// SPDX-License-Identifier: MIT
// The formats matchesFormat reads by hand (date, time, date-time: RFC 3339 as AJV's "full" formats read it; uuid),
// with the edges a hand-written reader can get wrong (lengths, separators, zones, leap seconds, days, prefixes).

#include <core/openapi/formats.h>

#include <QtTest>

using namespace Pactbench::OpenApi;

class TestOpenApiFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateAndTime_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *format, const char *value, bool matches) {
            QTest::addRow("%s %s", format, value) << QString::fromLatin1(format) << QString::fromUtf8(value) << matches;
        };
        row("date", "2024-02-29", true);
        row("date", "2023-02-29", false); // not a leap year
        row("date", "2024-13-01", false);
        row("date", "2024-00-10", false);
        row("date", "2024-1-01", false);
        row("date", "2024-01-01x", false);
        row("date", "2024-01-01\n", false);
        row("date", "2024/01/01", false);
        row("date", "２０２４-01-01", false); // digits outside ASCII
        row("date", "", false);
        row("time", "23:59:59Z", true);
        row("time", "23:59:59z", true);
        row("time", "00:00:00.5+01:00", true);
        row("time", "12:30:00.123456-0530", true);
        row("time", "12:30:00+05", true);
        row("time", "12:30:00", false); // a time needs its zone
        row("time", "12:30:00.Z", false);
        row("time", "12:30:00+5", false);
        row("time", "12:30:00+05:", false);
        row("time", "12:30:00+0530x", false);
        row("time", "24:00:00Z", false);
        row("time", "12:60:00Z", false);
        row("time", "12:30:00+24:00", false);
        row("time", "12:30:00+01:60", false);
        row("time", "23:59:60Z", true); // a leap second, in UTC
        row("time", "00:59:60+01:00", true); // the same leap second an hour east
        row("time", "12:59:60Z", false);
        row("date-time", "2024-02-29T23:59:59Z", true);
        row("date-time", "2024-02-29t23:59:59.25+02:00", true);
        row("date-time", "2024-02-29 23:59:59Z", true);
        row("date-time", "2024-02-29T23:59:59", false);
        row("date-time", "2024-02-29TT23:59:59Z", false);
        row("date-time", "2024-02-30T00:00:00Z", false);
        row("date-time", "2024-02-29", false);
        row("date-time", "T23:59:59Z", false);
    }
    void dateAndTime()
    {
        QFETCH(QString, format);
        QFETCH(QString, value);
        QFETCH(bool, matches);
        QVERIFY(isStringFormat(format));
        QCOMPARE(matchesFormat(format, value), matches);
    }

    // uuid is read by hand too; FormatMatcher (the format looked up once) says what matchesFormat says.
    void uuid_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *value, bool matches) { QTest::newRow(value) << QString::fromUtf8(value) << matches; };
        row("65ee0465-3f77-475b-a3c4-be398968b582", true);
        row("65EE0465-3F77-475B-A3C4-BE398968B582", true);
        row("urn:uuid:65ee0465-3f77-475b-a3c4-be398968b582", true);
        row("URN:UUID:65ee0465-3f77-475b-a3c4-be398968b582", true);
        row("65ee04653f77475ba3c4be398968b582", false);
        row("65ee0465-3f77-475b-a3c4-be398968b58", false);
        row("65ee0465-3f77-475b-a3c4-be398968b5822", false);
        row("65ee0465-3f77-475b-a3c4_be398968b582", false);
        row("g5ee0465-3f77-475b-a3c4-be398968b582", false);
        row("urn:uuid:65ee0465-3f77-475b-a3c4-be398968b58", false);
        row("uuid:65ee0465-3f77-475b-a3c4-be398968b58200", false);
        row("", false);
    }
    void uuid()
    {
        QFETCH(QString, value);
        QFETCH(bool, matches);
        QCOMPARE(matchesFormat(u"uuid"_qs, value), matches);
        QCOMPARE(FormatMatcher(u"uuid"_qs).matchesString(value), matches);
    }

    void formatMatcherAgrees()
    {
        const FormatMatcher date(u"date"_qs);
        QVERIFY(date.matchesString(u"2024-02-29"));
        QVERIFY(!date.matchesString(u"2023-02-29"));
        QVERIFY(date.matchesNumber(20240101)); // not a format for numbers
        const FormatMatcher int32(u"int32"_qs);
        QVERIFY(int32.matchesString(u"x")); // not a format for strings
        QVERIFY(!int32.matchesNumber(2147483648.0));
        QVERIFY(FormatMatcher(u"password"_qs).matchesString(u"anything")); // unknown: accepted
        QCOMPARE(FormatMatcher(u"email"_qs).format(), u"email"_qs);
    }

    void numbersAreNotDates()
    {
        QVERIFY(matchesFormat(u"date"_qs, 20240101)); // a format for strings says nothing of a number
        QVERIFY(!matchesFormat(u"int32"_qs, 2147483648.0));
        QVERIFY(matchesFormat(u"int32"_qs, -2147483648.0));
    }
};

QTEST_MAIN(TestOpenApiFormats)
#include "tst_openapiformats.moc"
