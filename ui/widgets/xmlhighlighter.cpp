// SPDX-License-Identifier: MIT
#include "xmlhighlighter.h"

#include <QRegularExpression>

namespace Pactbench {

XmlHighlighter::XmlHighlighter(QTextDocument *document, bool darkTheme) : QSyntaxHighlighter(document)
{
    m_tag.setForeground(darkTheme ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x4e, 0xa8));
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(darkTheme ? QColor(0xe0, 0xa0, 0x60) : QColor(0x9a, 0x4d, 0x00));
    m_value.setForeground(darkTheme ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
}

XmlHighlighter::~XmlHighlighter() = default;

void XmlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z_][\\w:.-]*|/?>|<\\?xml|\\?>"));
    static const QRegularExpression attribute(QStringLiteral("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')"));
    static const QRegularExpression comment(QStringLiteral("<!--.*-->"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_tag);
    }
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_value);
    }
    for (auto it = comment.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_comment);
    }
}

} // namespace Pactbench
