// SPDX-License-Identifier: MIT
// The built-in JSON highlighter: which format each token of a line gets.

#include <ui/widgets/highlighterfactory.h>
#include <ui/widgets/jsonhighlighter.h>

#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace Pactbench;
using Token = JsonHighlighter::Token;

Q_DECLARE_METATYPE(JsonHighlighter::Token)

class TestUiJsonHighlighter : public QObject
{
    Q_OBJECT

private:
    /// The format at character `position` of the first block.
    static QTextCharFormat formatAt(QTextDocument *document, int position)
    {
        const QTextBlock block = document->firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const bool covers = position >= range.start && position < range.start + range.length;
            if (covers && range.format.hasProperty(QTextFormat::ForegroundBrush))
                return range.format;
        }
        return {};
    }

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("position");
        QTest::addColumn<Token>("token");
        const QString line
            = QStringLiteral("  \"id\": 42, \"name\": \"a \\\"b\\\"\", \"ok\": true, \"x\": null, \"n\": -1.5e3 },");
        QTest::addRow("key") << line << 3 << Token::Key;
        QTest::addRow("colon") << line << 6 << Token::Punctuation;
        QTest::addRow("number") << line << 8 << Token::Number;
        QTest::addRow("key after comma") << line << 13 << Token::Key;
        QTest::addRow("string with escapes") << line << 24 << Token::String;
        QTest::addRow("true") << line << 37 << Token::Literal;
        QTest::addRow("null") << line << 48 << Token::Literal;
        QTest::addRow("negative exponent number") << line << 60 << Token::Number;
        QTest::addRow("closing brace") << line << 66 << Token::Punctuation;
    }

    void tokens()
    {
        QFETCH(QString, line);
        QFETCH(int, position);
        QFETCH(Token, token);
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(line);
        highlighter.rehighlight(); // the first pass is otherwise queued to the event loop
        QCOMPARE(formatAt(&document, position).foreground().color(), highlighter.format(token).foreground().color());
    }

    void factoryGivesAHighlighterForJson()
    {
        QTextDocument document;
        QVERIFY(HighlighterFactory::create(&document, QStringLiteral("JSON"), false));
        QVERIFY(!HighlighterFactory::backendName().isEmpty());
    }
};

QTEST_MAIN(TestUiJsonHighlighter)
#include "tst_uijsonhighlighter.moc"
