// SPDX-License-Identifier: MIT
// Number spelling (serde_json / ryu), Qt's reading of number lexemes, serde's number kinds.

#include <core/json/jsonnumber.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace Pactbench;

namespace {

/// What Qt's own parser makes of a lexeme (undefined when it refuses it).
QJsonValue qtParse(const QByteArray &lexeme)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + lexeme + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

/// "integer 10", "double 0.1" or "undefined": the kind Qt stores and the exact value.
QString describe(const QJsonValue &v)
{
    if (!v.isDouble())
        return v.isUndefined() ? u"undefined"_qs : u"not a number"_qs;
    if (v.toVariant().typeId() == QMetaType::LongLong)
        return u"integer "_qs + QString::number(v.toInteger());
    return u"double "_qs + QString::number(v.toDouble(), 'g', 17);
}

QByteArray randomLexeme(QRandomGenerator &rng)
{
    QByteArray s;
    if (rng.bounded(3) == 0)
        s += '-';
    const int intDigits = int(rng.bounded(22));
    if (intDigits == 0 || rng.bounded(6) == 0) {
        s += '0';
    } else {
        s += char('1' + rng.bounded(9));
        for (int i = 1; i < intDigits; ++i)
            s += char('0' + rng.bounded(10));
    }
    if (rng.bounded(2) == 0) {
        s += '.';
        const int fracDigits = 1 + int(rng.bounded(20));
        const bool zeros = rng.bounded(4) == 0;
        for (int i = 0; i < fracDigits; ++i)
            s += zeros ? '0' : char('0' + rng.bounded(10));
    }
    if (rng.bounded(3) == 0) {
        s += rng.bounded(2) ? 'e' : 'E';
        const quint32 sign = rng.bounded(3);
        if (sign == 1)
            s += '-';
        else if (sign == 2)
            s += '+';
        s += QByteArray::number(rng.bounded(rng.bounded(2) ? 25 : 400));
    }
    return s;
}

} // namespace

class TestJsonNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalDoubleText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        // Expected: what Rust's ryu (format64, as serde_json uses it) prints for each value.
        QTest::addRow("zero") << 0.0 << QByteArray("0.0");
        QTest::addRow("negative zero") << -0.0 << QByteArray("-0.0");
        QTest::addRow("ten") << 10.0 << QByteArray("10.0");
        QTest::addRow("minus 123") << -123.0 << QByteArray("-123.0");
        QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::addRow("0.3") << 0.3 << QByteArray("0.3");
        QTest::addRow("one ulp above one") << 1.0000000000000002 << QByteArray("1.0000000000000002");
        QTest::addRow("1e-7") << 1e-7 << QByteArray("1e-7");
        QTest::addRow("-1e-7") << -1e-7 << QByteArray("-1e-7");
        QTest::addRow("1e3") << 1e3 << QByteArray("1000.0");
        QTest::addRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
        QTest::addRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::addRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::addRow("1e23") << 1e23 << QByteArray("1e+23");
        QTest::addRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992.0");
        QTest::addRow("16 digits, integral") << 9999999999999998.0 << QByteArray("9999999999999998.0");
        QTest::addRow("17 digits, kk 16") << 1234567890123456.7 << QByteArray("1234567890123456.8");
        QTest::addRow("16 digits, kk 15") << 123456789012345.6 << QByteArray("123456789012345.6");
        QTest::addRow("1.23e17") << 1.23e17 << QByteArray("1.23e+17");
        QTest::addRow("123456.789") << 123456.789 << QByteArray("123456.789");
        QTest::addRow("100.5") << 100.5 << QByteArray("100.5");
        QTest::addRow("-2.5") << -2.5 << QByteArray("-2.5");
        QTest::addRow("1/3") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::addRow("2/3") << 2.0 / 3 << QByteArray("0.6666666666666666");
        QTest::addRow("0.000123 (kk -3)") << 0.000123 << QByteArray("0.000123");
        QTest::addRow("0.0000123 (kk -4)") << 0.0000123 << QByteArray("0.0000123");
        QTest::addRow("0.00000123 (kk -5)") << 0.00000123 << QByteArray("1.23e-6");
        QTest::addRow("1e-5") << 1e-5 << QByteArray("0.00001");
        QTest::addRow("1.1e-5") << 1.1e-5 << QByteArray("0.000011");
        QTest::addRow("1e-6") << 1e-6 << QByteArray("1e-6");
        QTest::addRow("1e-300") << 1e-300 << QByteArray("1e-300");
        QTest::addRow("1.5e300") << 1.5e300 << QByteArray("1.5e+300");
        QTest::addRow("smallest subnormal") << 5e-324 << QByteArray("5e-324");
        QTest::addRow("smallest normal") << 2.2250738585072014e-308 << QByteArray("2.2250738585072014e-308");
        QTest::addRow("largest") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::addRow("12345678901234567890") << 12345678901234567890.0 << QByteArray("1.2345678901234567e+19");
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("null");
        QTest::addRow("-infinity") << -std::numeric_limits<double>::infinity() << QByteArray("null");
        QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    }
    void canonicalDoubleText()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Pactbench::canonicalDoubleText(value), expected);
    }

    void canonicalDoubleTextRoundTrips()
    {
        QRandomGenerator rng(1234);
        for (int i = 0; i < 20000; ++i) {
            const quint64 bits = rng.generate64();
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            if (!std::isfinite(d))
                continue;
            const QByteArray text = Pactbench::canonicalDoubleText(d);
            QCOMPARE(std::strtod(text.constData(), nullptr), d);
            QVERIFY2(Pactbench::isJsonNumberLexeme(text), text.constData());
        }
    }

    void canonicalNumberText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("integer") << QJsonValue(42) << QByteArray("42");
        QTest::addRow("negative integer") << QJsonValue(-7) << QByteArray("-7");
        QTest::addRow("integral double: Qt holds an integer") << QJsonValue(10.0) << QByteArray("10");
        QTest::addRow("negative zero: Qt holds 0") << QJsonValue(-0.0) << QByteArray("0");
        QTest::addRow("qint64 max") << QJsonValue(std::numeric_limits<qint64>::max())
                                    << QByteArray("9223372036854775807");
        QTest::addRow("qint64 min") << QJsonValue(std::numeric_limits<qint64>::min())
                                    << QByteArray("-9223372036854775808");
        QTest::addRow("beyond qint64") << QJsonValue(1e19) << QByteArray("1e+19");
        QTest::addRow("fraction") << QJsonValue(0.5) << QByteArray("0.5");
        QTest::addRow("large") << QJsonValue(1.5e300) << QByteArray("1.5e+300");
        QTest::addRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << QByteArray("null");
        QTest::addRow("NaN (Qt 6.4's toInteger() says qint64's minimum)")
            << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << QByteArray("null");
        QTest::addRow("string") << QJsonValue(u"1"_qs) << QByteArray();
        QTest::addRow("null") << QJsonValue(QJsonValue::Null) << QByteArray();
    }
    void canonicalNumberText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Pactbench::canonicalNumberText(value), expected);
    }

    void qtValueOfLexeme_data()
    {
        QTest::addColumn<QByteArray>("lexeme");
        QTest::addColumn<QString>("expected"); // as describe() puts it
        QTest::addRow("10") << QByteArray("10") << u"integer 10"_qs;
        QTest::addRow("10.0") << QByteArray("10.0") << u"integer 10"_qs;
        QTest::addRow("10.000") << QByteArray("10.000") << u"integer 10"_qs;
        QTest::addRow("-0") << QByteArray("-0") << u"integer 0"_qs;
        QTest::addRow("-0.0") << QByteArray("-0.0") << u"integer 0"_qs;
        QTest::addRow("1e3") << QByteArray("1e3") << u"integer 1000"_qs;
        QTest::addRow("1E+2") << QByteArray("1E+2") << u"integer 100"_qs;
        QTest::addRow("1E-7") << QByteArray("1E-7") << u"double 9.9999999999999995e-08"_qs;
        QTest::addRow("0.1") << QByteArray("0.1") << u"double 0.10000000000000001"_qs;
        QTest::addRow("2^53 + 1 stays exact") << QByteArray("9007199254740993") << u"integer 9007199254740993"_qs;
        QTest::addRow("qint64 max") << QByteArray("9223372036854775807") << u"integer 9223372036854775807"_qs;
        QTest::addRow("2^63: a double") << QByteArray("9223372036854775808") << u"double 9.2233720368547758e+18"_qs;
        QTest::addRow("-2^63 - 1 rounds to -2^63: an integer")
            << QByteArray("-9223372036854775809") << u"integer -9223372036854775808"_qs;
        QTest::addRow("12345678901234567890")
            << QByteArray("12345678901234567890") << u"double 1.2345678901234567e+19"_qs;
        QTest::addRow("overflow") << QByteArray("1e400") << u"undefined"_qs;
        QTest::addRow("underflow") << QByteArray("1e-400") << u"undefined"_qs;
        QTest::addRow("zero with a huge exponent") << QByteArray("0.0e-400") << u"integer 0"_qs;
        QTest::addRow("subnormal") << QByteArray("5e-324") << u"double 4.9406564584124654e-324"_qs;
        QTest::addRow("rounds to 0: refused") << QByteArray("2e-324") << u"undefined"_qs;
        QTest::addRow("Qt takes .5") << QByteArray(".5") << u"double 0.5"_qs;
        QTest::addRow("Qt takes 1.") << QByteArray("1.") << u"integer 1"_qs;
        QTest::addRow("Qt takes 1.e5") << QByteArray("1.e5") << u"integer 100000"_qs;
        QTest::addRow("minus alone") << QByteArray("-") << u"undefined"_qs;
        QTest::addRow("exponent without digits") << QByteArray("1e") << u"undefined"_qs;
        QTest::addRow("empty") << QByteArray() << u"undefined"_qs;
        QTest::addRow("trailing text") << QByteArray("12x") << u"undefined"_qs;
    }
    void qtValueOfLexeme()
    {
        QFETCH(QByteArray, lexeme);
        QFETCH(QString, expected);
        QCOMPARE(describe(Pactbench::qtValueOfLexeme(lexeme)), expected);
        if (!lexeme.isEmpty() && !lexeme.contains('x'))
            QCOMPARE(describe(qtParse(lexeme)), expected); // the table is Qt's own behaviour
    }

    void qtValueOfLexemeAgreesWithQt()
    {
        QRandomGenerator rng(20240607);
        for (int i = 0; i < 20000; ++i) {
            const QByteArray lexeme = randomLexeme(rng);
            QCOMPARE(describe(Pactbench::qtValueOfLexeme(lexeme)) + u' ' + QString::fromLatin1(lexeme),
                describe(qtParse(lexeme)) + u' ' + QString::fromLatin1(lexeme));
        }
    }

    void isJsonNumberLexeme_data()
    {
        QTest::addColumn<QByteArray>("lexeme");
        QTest::addColumn<bool>("expected");
        for (const char *ok : { "0", "-0", "10", "10.0", "-0.0", "1e3", "1E-7", "1e+5", "0.5", "12345678901234567890" })
            QTest::addRow("%s", ok) << QByteArray(ok) << true;
        for (const char *bad : { "", "-", ".5", "1.", "1.e5", "01", "+1", "1e", "1e+", "0x1", "1 ", "NaN" })
            QTest::addRow("'%s'", bad) << QByteArray(bad) << false;
    }
    void isJsonNumberLexeme()
    {
        QFETCH(QByteArray, lexeme);
        QFETCH(bool, expected);
        QCOMPARE(Pactbench::isJsonNumberLexeme(lexeme), expected);
    }

    void kindOfLexeme_data()
    {
        QTest::addColumn<QByteArray>("lexeme");
        QTest::addColumn<NumberKind>("expected");
        QTest::addRow("10") << QByteArray("10") << NumberKind::Integer;
        QTest::addRow("0") << QByteArray("0") << NumberKind::Integer;
        QTest::addRow("-1") << QByteArray("-1") << NumberKind::Integer;
        QTest::addRow("10.0") << QByteArray("10.0") << NumberKind::Float;
        QTest::addRow("-0: serde reads -0.0") << QByteArray("-0") << NumberKind::Float;
        QTest::addRow("-0.0") << QByteArray("-0.0") << NumberKind::Float;
        QTest::addRow("1e3") << QByteArray("1e3") << NumberKind::Float;
        QTest::addRow("1E3") << QByteArray("1E3") << NumberKind::Float;
        QTest::addRow("u64 max") << QByteArray("18446744073709551615") << NumberKind::Integer;
        QTest::addRow("u64 max + 1") << QByteArray("18446744073709551616") << NumberKind::Float;
        QTest::addRow("i64 min") << QByteArray("-9223372036854775808") << NumberKind::Integer;
        QTest::addRow("i64 min - 1") << QByteArray("-9223372036854775809") << NumberKind::Float;
        QTest::addRow("i64 max + 1 (u64)") << QByteArray("9223372036854775808") << NumberKind::Integer;
    }
    void kindOfLexeme()
    {
        QFETCH(QByteArray, lexeme);
        QFETCH(NumberKind, expected);
        QCOMPARE(Pactbench::kindOfLexeme(lexeme), expected);
    }

    void kindOf()
    {
        QCOMPARE(Pactbench::kindOf(QJsonValue(10)), NumberKind::Integer);
        QCOMPARE(Pactbench::kindOf(QJsonValue(10), "10.0"), NumberKind::Float); // the text decides
        QCOMPARE(Pactbench::kindOf(QJsonValue(10.0)), NumberKind::Integer); // Qt cannot tell
        QCOMPARE(Pactbench::kindOf(QJsonValue(0.5)), NumberKind::Float);
        QCOMPARE(Pactbench::kindOf(QJsonValue(1e19)), NumberKind::Float);
        QCOMPARE(Pactbench::kindOf(QJsonValue(0), "-0"), NumberKind::Float);
    }

    void lexemeFits_data()
    {
        QTest::addColumn<QByteArray>("lexeme");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("expected");
        QTest::addRow("10.0 is 10") << QByteArray("10.0") << QJsonValue(10) << true;
        QTest::addRow("10.0 is not 11") << QByteArray("10.0") << QJsonValue(11) << false;
        QTest::addRow("1e3 is 1000") << QByteArray("1e3") << QJsonValue(1000) << true;
        QTest::addRow("-0.0 is 0") << QByteArray("-0.0") << QJsonValue(0) << true;
        QTest::addRow("0.1") << QByteArray("0.1") << QJsonValue(0.1) << true;
        QTest::addRow("0.10 is not 0.2") << QByteArray("0.10") << QJsonValue(0.2) << false;
        QTest::addRow("beyond qint64") << QByteArray("12345678901234567890") << QJsonValue(12345678901234567890.0)
                                       << true;
        QTest::addRow("2^53 + 1 is not 2^53")
            << QByteArray("9007199254740993") << QJsonValue(qint64(9007199254740992)) << false;
        QTest::addRow("an integer is not the double 2^63")
            << QByteArray("9223372036854775807") << QJsonValue(9223372036854775808.0) << false;
        QTest::addRow("not a number") << QByteArray("1.0") << QJsonValue(u"1.0"_qs) << false;
        QTest::addRow("not NaN") << QByteArray("-9223372036854775808")
                                 << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << false;
        QTest::addRow("refused lexeme") << QByteArray("1e400") << QJsonValue(std::numeric_limits<double>::infinity())
                                        << false;
    }
    void lexemeFits()
    {
        QFETCH(QByteArray, lexeme);
        QFETCH(QJsonValue, value);
        QFETCH(bool, expected);
        QCOMPARE(Pactbench::lexemeFits(lexeme, value), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonNumber)
#include "tst_jsonnumber.moc"
