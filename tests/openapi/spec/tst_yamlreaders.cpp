// SPDX-License-Identifier: MIT
// The two YAML readers agree: through JSON text (what most documents take) and building Qt values (anchors,
// aliases, merge keys). Same values (numbers to 17 digits, strings to the code unit), same lines and key
// order, same problem at the same place. Every YAML file of the tests, and the corners of YAML by hand.
#include <core/openapi/spec/sourcedoc.h>
#include <core/openapi/spec/yamltextbuilder.h>

#include <QDirIterator>
#include <QFile>
#include <QtTest>

using namespace Pactbench::OpenApi;
using namespace Pactbench::OpenApi::detail;

namespace {

/// The value written out with every number to 17 digits and every code unit of every string (QJsonValue's ==
/// is not that strict).
QString typed(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return u"n:"_qs + QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: {
        QString out = u"s:"_qs;
        for (const QChar c : v.toString())
            out += QString::number(c.unicode(), 16) + u' ';
        return out;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(typed(item));
        return u'[' + items.join(u',') + u']';
    }
    case QJsonValue::Object: {
        QStringList members;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append(typed(it.key()) + u'=' + typed(it.value()));
        return u'{' + members.join(u',') + u'}';
    }
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    }
}

} // namespace

class TestYamlReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agree_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("throughText"); // false: the text reader must hand it to the other
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<int>("maxNodes");
        const auto row = [](const char *name, const QByteArray &yaml, bool text = true, int depth = 512, int nodes = 1000000) {
            QTest::newRow(name) << yaml << text << depth << nodes;
        };
        row("numbers", "a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 1.5\nf: 1e3\ng: .5\nh: -0.0\ni: 12345678901234567890\nj: +7\nk: 1.\n"
                       "l: 007\nm: 3.0\n");
        row("infinite number", "a: 1e999\n", false);
        row("not numbers", "a: .inf\nb: .nan\nc: 1_000\nd: 0b101\ne: 1.2.3\nf: '1'\ng: \"2\"\nh: 0x\ni: -\n");
        row("booleans and nulls", "a: true\nb: False\nc: ~\nd: null\ne:\nf: NULL\ng: 'true'\nh: TRUE\ni: yes\n");
        row("escapes", "a: \"tab\\there\\u0001\\\\ \\\" q\\u00e9\"\nb: 'it''s'\nc: \"\\0nul\"\nd: \"\\x7f\\u2028\"\n");
        row("unicode", "a: ünïcödé\nb: 日本語\nc: \"\\U0001F600\"\nschlüssel: wert\n");
        row("block scalars", "a: |\n  line1\n  line2\nb: >\n  folded\n  text\nc: |-\n  kept\n");
        row("flow collections", "a: {x: 1, y: [1, 2, {z: 3}]}\nb: []\nc: {}\nd: [[], [[]], {}]\n");
        row("tags", "a: !!str 123\nb: !!int \"7\"\nc: !custom 5\nd: !!float 1\ne: !!null ''\nf: !!bool true\n");
        row("keys", "? complex\n: 1\n\"quoted key\": 2\n1: one\n'<<': quoted merge\n\"\": empty\nnull: n\n");
        row("root scalar", "just text\n");
        row("root number", "42\n");
        row("root sequence", "- 1\n- a: [x]\n  b: {}\n- - nested\n");
        row("refs and lines", "openapi: 3.0.0\nx:\n  $ref: '#/a'\ny:\n  - $ref: '#/b'\n  - z:\n      $ref: '#/c'\n");
        row("crlf", "a: 1\r\nb:\r\n  - x\r\n");
        row("anchors and aliases", "a: &x {k: 1}\nb: *x\n", false);
        row("anchored scalar", "a: &x 1\nb: 2\n", false);
        row("merge key", "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n", false);
        row("empty", "", true);
        row("comment only", "# nothing\n", true);
        row("duplicate key", "a: 1\nb: 2\na: 3\n");
        row("duplicate null keys", "~: 1\nnull: 2\n");
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
        row("many keys", many);
        row("duplicate among many keys", many + "k3: again\n");
        row("duplicate just before many", many.left(many.indexOf("k15")) + "k2: again\n");
        row("mapping as a key", "? [a]\n: 1\n");
        row("broken flow", "a: [1, 2\nb: 3\n");
        row("bad indentation", "a:\n  b: 1\n c: 2\n");
        row("too deep", "a: [[[[[1]]]]]\n", true, 4);
        row("too many values", "a: [1, 2, 3, 4, 5, 6]\n", true, 512, 5);
        row("not UTF-8", "a: \"\xff\xfe\"\n", false);
        // Every YAML file of the tests (specs of the loader's tests and of the pairs).
        QDirIterator files(QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/openapi"), {u"*.yaml"_qs}, QDir::Files, QDirIterator::Subdirectories);
        int found = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray yaml = file.readAll();
            const bool anchors = yaml.contains('&') && yaml.contains('*'); // these go to the value builder
            QTest::newRow(qPrintable(path.mid(int(qstrlen(PACTBENCH_SOURCE_DIR)) + 1))) << yaml << !anchors << 512 << 1000000;
            ++found;
        }
        QVERIFY(found >= 30);
    }

    void agree()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, throughText);
        QFETCH(int, maxDepth);
        QFETCH(int, maxNodes);
        LoadLimits limits;
        limits.maxDepth = maxDepth;
        limits.maxNodes = maxNodes;
        SpecError textError, valuesError;
        const std::optional<SourceDoc> viaText = readYamlDocument(yaml, u"d.yaml"_qs, limits, &textError);
        const std::optional<SourceDoc> viaValues = readYamlDocumentWithValues(yaml, u"d.yaml"_qs, limits, &valuesError);
        QCOMPARE(bool(viaText), bool(viaValues));
        if (!viaValues) {
            QCOMPARE(textError.message, valuesError.message);
            QCOMPARE(textError.line, valuesError.line);
            QCOMPARE(textError.column, valuesError.column);
            return;
        }
        QCOMPARE(typed(viaText->root), typed(viaValues->root));
        QCOMPARE(viaText->lines, viaValues->lines);
        QCOMPARE(viaText->keyOrder, viaValues->keyOrder);
        // The text reader did the reading where it can (else this compared the value builder with itself).
        SourceDoc direct;
        bool empty = false;
        bool read = false;
        try {
            read = readYamlAsText(yaml.toStdString(), limits, &direct, &empty);
        } catch (...) {
            QFAIL("the text reader threw where the value builder read the document");
        }
        QCOMPARE(read, throughText);
    }
};

QTEST_MAIN(TestYamlReaders)
#include "tst_yamlreaders.moc"
