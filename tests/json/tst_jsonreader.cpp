// SPDX-License-Identifier: MIT
// The reader: Qt's value and errors, plus the lexemes of the numbers Qt does not spell as written.
// (JSON is in ordinary string literals: moc misreads some raw strings, `R"("abc)"` among them.)

#include <core/json/jsonreader.h>
#include <core/json/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace Pactbench;

namespace {

using Entries = QMap<QString, QByteArray>;

/// The entries with `|` where NumberLexemes has U+001F, for readable test data.
Entries entriesOf(const NumberLexemes &lexemes)
{
    Entries out;
    for (auto it = lexemes.entries().cbegin(); it != lexemes.entries().cend(); ++it)
        out.insert(QString(it.key()).replace(NumberLexemes::separator, u'|'), it.value());
    return out;
}

/// A string as serde_json writes it, with characters that need each kind of escape.
QByteArray randomString(QRandomGenerator &rng, QString *decoded)
{
    static const QStringList pieces = { u"a"_qs, u"Z"_qs, u"0"_qs, u" "_qs, u"\""_qs, u"\\"_qs, u"\n"_qs, u"\t"_qs,
        QString(QChar(1)), u"/"_qs, u"é"_qs, u"😀"_qs, u"～"_qs, u"1.0"_qs };
    QString s;
    const int length = int(rng.bounded(6));
    for (int i = 0; i < length; ++i)
        s += pieces.at(rng.bounded(int(pieces.size())));
    if (decoded)
        *decoded = s;
    return JsonWriter::write(QJsonValue(s), JsonStyle::Compact);
}

/// A number lexeme of JSON's grammar that Qt accepts: canonical or not, integer or not.
QByteArray randomNumber(QRandomGenerator &rng)
{
    static const QList<QByteArray> fixed = { "0", "-0", "10", "10.0", "-0.0", "1e3", "1E-7", "0.1",
        "1.0000000000000002", "12345678901234567890", "9007199254740993", "9223372036854775808", "-9223372036854775809",
        "1e16", "1e+16", "0.000123", "1.5e300" };
    if (rng.bounded(2) == 0)
        return fixed.at(rng.bounded(int(fixed.size())));
    QByteArray s = rng.bounded(4) == 0 ? "-" : "";
    s += QByteArray::number(rng.bounded(1, 100000));
    if (rng.bounded(2) == 0)
        s += '.' + QByteArray::number(rng.bounded(0, 1000));
    if (rng.bounded(3) == 0)
        s += "e" + QByteArray::number(int(rng.bounded(41)) - 20);
    return s;
}

/// A JSON value in serde_json's compact layout (keys sorted by UTF-8 bytes, none repeated).
QByteArray randomValue(QRandomGenerator &rng, int depth)
{
    switch (depth > 3 ? rng.bounded(3) : rng.bounded(5)) {
    case 0:
        return randomNumber(rng);
    case 1:
        return randomString(rng, nullptr);
    case 2: {
        static const QList<QByteArray> literals = { "true", "false", "null" };
        return literals.at(rng.bounded(3));
    }
    case 3: {
        QByteArray out = "[";
        const int n = int(rng.bounded(5));
        for (int i = 0; i < n; ++i)
            out += (i ? "," : "") + randomValue(rng, depth + 1);
        return out + ']';
    }
    default: {
        QMap<QByteArray, QByteArray> members; // by the key's UTF-8 bytes: serde's order
        const int n = int(rng.bounded(5));
        for (int i = 0; i < n; ++i) {
            QString key;
            const QByteArray quoted = randomString(rng, &key);
            members.insert(key.toUtf8(), quoted + ':' + randomValue(rng, depth + 1));
        }
        QByteArray out = "{";
        for (const QByteArray &m : std::as_const(members))
            out += (out.size() > 1 ? "," : "") + m;
        return out + '}';
    }
    }
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexemes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Entries>("expected");
        QTest::addRow("none") << QByteArray("{\"a\":1,\"b\":[2,3.5,\"4.0\"],\"c\":true,\"d\":null}") << Entries{};
        QTest::addRow("object member") << QByteArray("{\"a\":10.0}") << Entries{ { u"$|a"_qs, "10.0" } };
        QTest::addRow("array of numbers")
            << QByteArray("[10.0, -0.0, 1e3, 1E-7, 12345678901234567890, 9007199254740993, 0.1, 1.0000000000000002]")
            << Entries{ { u"$|0"_qs, "10.0" }, { u"$|1"_qs, "-0.0" }, { u"$|2"_qs, "1e3" }, { u"$|3"_qs, "1E-7" },
                   { u"$|4"_qs, "12345678901234567890" } };
        QTest::addRow("nested arrays") << QByteArray("{\"x\":[[1.50,[2.0]],[],[3,{\"y\":[4e0]}]]}")
                                       << Entries{ { u"$|x|0|0"_qs, "1.50" }, { u"$|x|0|1|0"_qs, "2.0" },
                                              { u"$|x|2|1|y|0"_qs, "4e0" } };
        QTest::addRow("escaped keys") << QByteArray("{\"a\\\"b\":1.0,\"c\\\\d\":2.0,\"\\u00e9\":3.0,\"t\\tab\\n\":4.0,"
                                                    "\"\\/\":5.0,\"\\ud83d\\ude00\":6.0,\"\\u0000\":7.0}")
                                      << Entries{ { u"$|a\"b"_qs, "1.0" }, { u"$|c\\d"_qs, "2.0" },
                                             { u"$|é"_qs, "3.0" }, { u"$|t\tab\n"_qs, "4.0" }, { u"$|/"_qs, "5.0" },
                                             { u"$|😀"_qs, "6.0" }, { u"$|"_qs + QChar(0), "7.0" } };
        QTest::addRow("raw UTF-8 key") << QByteArray("{\"gr\xC3\xBC\xC3\x9F\":{\"n\":2.50}}")
                                       << Entries{ { u"$|grüß|n"_qs, "2.50" } };
        QTest::addRow("strings that look like numbers")
            << QByteArray("{\"s\":\"1.0 \\\" 2.0 \\\\\",\"t\":\"\\\\\",\"n\":[3.0]}")
            << Entries{ { u"$|n|0"_qs, "3.0" } };
        QTest::addRow("literals around") << QByteArray("[true,false,null,1.0]") << Entries{ { u"$|3"_qs, "1.0" } };
        QTest::addRow("whitespace") << QByteArray(" {\r\n\t\"a\" :\n [ 1.0 , 2 ] }\n")
                                    << Entries{ { u"$|a|0"_qs, "1.0" } };
        QTest::addRow("plain integers are canonical")
            << QByteArray("[0, -1, 123456789012345678, -123456789012345678, 1234567890123456789, 9223372036854775807]")
            << Entries{};
        QTest::addRow("-0") << QByteArray("[-0, 0]") << Entries{ { u"$|0"_qs, "-0" } };
        QTest::addRow("2^63 is a double")
            << QByteArray("[9223372036854775808]") << Entries{ { u"$|0"_qs, "9223372036854775808" } };
        QTest::addRow("canonical doubles") << QByteArray("[0.5, 1e-7, 1.5e+300, 1e+19, 0.00001]") << Entries{};
        // 1e16 is integral: Qt holds the integer 10000000000000000, so the text is kept.
        QTest::addRow("non-canonical doubles")
            << QByteArray("[0.50, 1.0e-7, 15e299, 1e+16, 1e-5, 1E16]")
            << Entries{ { u"$|0"_qs, "0.50" }, { u"$|1"_qs, "1.0e-7" }, { u"$|2"_qs, "15e299" }, { u"$|3"_qs, "1e+16" },
                   { u"$|4"_qs, "1e-5" }, { u"$|5"_qs, "1E16" } };
        QTest::addRow("lexemes only Qt takes are not kept") << QByteArray("[.5, 1., 1.e5]") << Entries{};
        // Repeated keys: Qt keeps the last member, and so does the scan with its lexemes.
        QTest::addRow("repeated key, last canonical") << QByteArray("{\"a\":1.0,\"a\":1}") << Entries{};
        QTest::addRow("repeated key, last written")
            << QByteArray("{\"a\":1,\"a\":2.0}") << Entries{ { u"$|a"_qs, "2.0" } };
        QTest::addRow("repeated key, nested")
            << QByteArray("{\"a\":{\"b\":[1.0]},\"c\":2.0,\"a\":{\"b\":[1]}}") << Entries{ { u"$|c"_qs, "2.0" } };
        QTest::addRow("repeated key, deeper") << QByteArray("{\"o\":{\"a\":1.0,\"b\":2.0,\"a\":3.0}}")
                                              << Entries{ { u"$|o|a"_qs, "3.0" }, { u"$|o|b"_qs, "2.0" } };
        QTest::addRow("repeated key spelled with an escape") << QByteArray("{\"é\":1.0,\"\\u00e9\":1}") << Entries{};
        QTest::addRow("top-level scalar") << QByteArray(" 10.0 ") << Entries{ { u"$"_qs, "10.0" } };
        QTest::addRow("top-level canonical scalar") << QByteArray("10") << Entries{};
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF{\"a\":1.0}") << Entries{ { u"$|a"_qs, "1.0" } };
        QTest::addRow("BOM and a scalar") << QByteArray("\xEF\xBB\xBF"
                                                        "1e3")
                                          << Entries{ { u"$"_qs, "1e3" } };
    }
    void lexemes()
    {
        QFETCH(QByteArray, text);
        QFETCH(Entries, expected);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(entriesOf(r.lexemes), expected);
        QCOMPARE(entriesOf(JsonReader::scanLexemes(text)), expected);
    }

    void valueIsQts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("object") << QByteArray("{\"b\":[1,2.5,\"x\"],\"a\":{\"c\":null}}");
        QTest::addRow("array") << QByteArray("[10.0,1e3,-0.0,{\"k\":true}]");
        QTest::addRow("repeated keys") << QByteArray("{\"a\":1,\"a\":{\"b\":2}}");
        QTest::addRow("lone surrogate") << QByteArray("[\"\\ud800\", \"\\udc00x\"]");
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF[1]");
        QTest::addRow("unknown escape") << QByteArray("[\"\\x\"]");
    }
    void valueIsQts()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }

    void topLevelScalars_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addRow("integer") << QByteArray("42") << QJsonValue(42);
        QTest::addRow("spaces") << QByteArray(" \n-1.5\t") << QJsonValue(-1.5);
        QTest::addRow("string") << QByteArray("\"a\\nb\"") << QJsonValue(u"a\nb"_qs);
        QTest::addRow("true") << QByteArray("true") << QJsonValue(true);
        QTest::addRow("false") << QByteArray("false") << QJsonValue(false);
        QTest::addRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF\"x\"") << QJsonValue(u"x"_qs);
    }
    void topLevelScalars()
    {
        QFETCH(QByteArray, text);
        QFETCH(QJsonValue, expected);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, expected);
    }

    void errorsAreQts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("spaces") << QByteArray("  ");
        QTest::addRow("unterminated object") << QByteArray("{\"a\":1");
        QTest::addRow("missing value") << QByteArray("{\"a\":}");
        QTest::addRow("trailing comma") << QByteArray("[1,]");
        QTest::addRow("leading zero") << QByteArray("[01]");
        QTest::addRow("overflow") << QByteArray("[1e400]");
        QTest::addRow("underflow") << QByteArray("[1e-400]");
        QTest::addRow("garbage") << QByteArray("[1] x");
        QTest::addRow("invalid UTF-8") << QByteArray("[\"\xC3\"]");
        QTest::addRow("encoded surrogate") << QByteArray("[\"\xED\xA0\x80\"]");
        QTest::addRow("BOM after a space") << QByteArray(" \xEF\xBB\xBF[1]");
        QTest::addRow("not JSON") << QByteArray("<xml/>");
        QTest::addRow("closing bracket") << QByteArray("]");
    }
    void errorsAreQts()
    {
        QFETCH(QByteArray, text);
        QJsonParseError qt;
        QJsonDocument::fromJson(text, &qt);
        QVERIFY(qt.error != QJsonParseError::NoError);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY(!r.ok());
        QVERIFY(r.value.isUndefined());
        QVERIFY(r.lexemes.isEmpty());
        QCOMPARE(r.error, qt.errorString());
        QCOMPARE(r.errorOffset, qsizetype(qt.offset));
    }

    void scalarErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qsizetype>("offset");
        QTest::addRow("two values") << QByteArray("1 2") << u"garbage at the end of the document"_qs << qsizetype(2);
        QTest::addRow("a comma") << QByteArray("1,2") << u"garbage at the end of the document"_qs << qsizetype(1);
        QTest::addRow("after a string") << QByteArray("\"a\" x") << u"garbage at the end of the document"_qs
                                        << qsizetype(4);
        QTest::addRow("unterminated string") << QByteArray("\"abc") << u"unterminated string"_qs << qsizetype(4);
        QTest::addRow("minus alone") << QByteArray("-") << u"illegal number"_qs << qsizetype(1);
        QTest::addRow("overflow") << QByteArray("1e400") << u"illegal number"_qs << qsizetype(5);
        QTest::addRow("misspelt literal") << QByteArray("tru") << u"illegal value"_qs << qsizetype(1);
    }
    void scalarErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QFETCH(qsizetype, offset);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, error);
        QCOMPARE(r.errorOffset, offset);
    }

    void readThenWriteGivesTheTextBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<JsonStyle>("style");
        QTest::addRow("pretty") << QByteArray("{\n"
                                              "  \"a\": [\n"
                                              "    10.0,\n"
                                              "    -0.0,\n"
                                              "    1e3,\n"
                                              "    1E-7,\n"
                                              "    12345678901234567890,\n"
                                              "    9007199254740993,\n"
                                              "    0.1,\n"
                                              "    1.0000000000000002\n"
                                              "  ],\n"
                                              "  \"b\": {\n"
                                              "    \"c\\\"d\": -0,\n"
                                              "    \"e\": [\n"
                                              "      [\n"
                                              "        2.50\n"
                                              "      ],\n"
                                              "      {}\n"
                                              "    ],\n"
                                              "    \"x\": 1.5e300\n"
                                              "  },\n"
                                              "  \"s\": \"10.0\"\n"
                                              "}")
                                << JsonStyle::Pretty;
        QTest::addRow("compact") << QByteArray("{\"a\":[10.0,-0.0,1e3,1E-7,12345678901234567890,9007199254740993,0.1,1."
                                               "0000000000000002],\"b\":{\"x\":[]}}")
                                 << JsonStyle::Compact;
        QTest::addRow("scalar") << QByteArray("1e3") << JsonStyle::Pretty;
    }
    void readThenWriteGivesTheTextBack()
    {
        QFETCH(QByteArray, text);
        QFETCH(JsonStyle, style);
        const JsonReadResult r = JsonReader::read(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(JsonWriter::write(r.value, style, &r.lexemes), text);
    }

    void randomDocumentsComeBackByteForByte()
    {
        // Whatever serde_json could have written, with numbers spelled any way JSON allows.
        QRandomGenerator rng(4711);
        for (int i = 0; i < 2000; ++i) {
            const QByteArray text = randomValue(rng, 0);
            const JsonReadResult r = JsonReader::read(text);
            QVERIFY2(r.ok(), text.constData());
            QCOMPARE(JsonWriter::write(r.value, JsonStyle::Compact, &r.lexemes), text);
        }
    }

    void numberLexemesTable()
    {
        const QString root = NumberLexemes::root();
        const QString body = NumberLexemes::child(NumberLexemes::child(root, u"response"), u"body");
        QCOMPARE(body,
            u"$\x1fresponse\x1f"
            "body"_qs);
        QCOMPARE(NumberLexemes::child(body, 3),
            body
                + u"\x1f"
                  "3"_qs);
        NumberLexemes all;
        all.insert(NumberLexemes::child(body, u"n"), "10.0");
        all.insert(NumberLexemes::child(NumberLexemes::child(body, u"a"), 0), "1e3");
        all.insert(body, "2.50");
        all.insert(NumberLexemes::child(root, u"responseTime"), "-0"); // a sibling sharing a prefix
        all.insert(NumberLexemes::child(body + u"x"_qs, u"n"), "1.0"); // ditto
        QCOMPARE(all.size(), 5);

        const NumberLexemes sub = all.subtree(body);
        QCOMPARE(sub.size(), 3);
        QCOMPARE(sub.value(root), QByteArray("2.50"));
        QCOMPARE(sub.value(NumberLexemes::child(root, u"n")), QByteArray("10.0"));
        QCOMPARE(sub.value(NumberLexemes::child(NumberLexemes::child(root, u"a"), 0)), QByteArray("1e3"));
        QVERIFY(sub.value(NumberLexemes::child(root, u"x")).isEmpty());

        NumberLexemes rebuilt = all;
        rebuilt.removeSubtree(body);
        QCOMPARE(rebuilt.size(), 2);
        rebuilt.insertSubtree(body, sub);
        QCOMPARE(rebuilt, all);

        NumberLexemes other;
        other.insertSubtree(body, NumberLexemes());
        QVERIFY(other.isEmpty());
        other.insert(root, "1.0");
        other.insert(root, QByteArray()); // an empty lexeme removes
        QVERIFY(other.isEmpty());
        QVERIFY(!(other == all));
    }

    void qtFacts()
    {
        // What this library is for: Qt 6.4 cannot tell 10.0 from 10.
        const QJsonArray a = QJsonDocument::fromJson("[10.0, 10, -0.0, 1e3]").array();
        QCOMPARE(a.at(0).toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(a.at(0), a.at(1));
        QCOMPARE(a.at(2).toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(a.at(3).toInteger(), 1000);
        QCOMPARE(QJsonValue(10.0).toVariant().typeId(), QMetaType::LongLong);
        // Qt refuses a scalar at the top; JsonReader does not.
        QVERIFY(QJsonDocument::fromJson("42").isNull());
        // The last of repeated keys wins.
        QCOMPARE(QJsonDocument::fromJson("{\"a\":1,\"a\":2}").object().value(u"a").toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
