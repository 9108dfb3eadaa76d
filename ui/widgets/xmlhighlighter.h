// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Pactbench {

/// A small built-in XML highlighter (tags, attributes, values, comments) for XML bodies.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit XmlHighlighter(QTextDocument *document, bool darkTheme = false);
    ~XmlHighlighter() override;
    Q_DISABLE_COPY_MOVE(XmlHighlighter)

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
};

} // namespace Pactbench
