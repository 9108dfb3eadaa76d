// SPDX-License-Identifier: MIT
// One XML sample into the places of the inference, with Pact's XML paths: elements by name,
// attributes as ['@name'], text as ['#text'] (text nodes trimmed and joined, as the engine reads them).
#include "walk.h"

#include <QXmlStreamReader>

#include <vector>

namespace Pactbench::Inference::detail {

namespace {

/// Names as the matching engine gives them: "uri:local" when namespaced, else the local name.
QString qualified(QStringView uri, QStringView local)
{
    return uri.isEmpty() ? local.toString() : uri.toString() + u':' + local.toString();
}

struct Frame
{
    PathNode *node = nullptr;
    QHash<QString, int> childCounts;
    QString text;
};

void startElement(QXmlStreamReader &xml, std::vector<Frame> &stack, PathNode &root)
{
    const QString name = qualified(xml.namespaceUri(), xml.name());
    PathNode *parent = stack.empty() ? &root : stack.back().node;
    PathNode *node = parent->child(PathNode::Step::Field, name);
    if (!stack.empty() && ++stack.back().childCounts[name] > 1)
        node->repeated = true;
    node->addContainer(Kind::Object);
    for (const QXmlStreamAttribute &a : xml.attributes())
        node->child(PathNode::Step::Attribute, qualified(a.namespaceUri(), a.name()))->addString(a.value().toString());
    stack.push_back(Frame{node, {}, {}});
}

void endElement(std::vector<Frame> &stack)
{
    Frame &f = stack.back();
    if (f.text.isEmpty())
        ++f.node->emptyTexts;
    else
        f.node->child(PathNode::Step::Text, QStringLiteral("#text"))->addString(f.text);
    stack.pop_back();
}

/// Skips the element just started and everything in it; marks the open elements as cut.
void skipElement(QXmlStreamReader &xml, std::vector<Frame> &stack, DepthCut &cut)
{
    if (cut.firstPath.isEmpty())
        cut.firstPath = stack.back().node->path;
    for (Frame &f : stack)
        f.node->truncated = true;
    xml.skipCurrentElement();
}

/// Reads the whole document once: a sample that is not well-formed adds nothing.
QString checkXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    bool seenRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        seenRoot = seenRoot || xml.isStartElement();
    }
    if (xml.hasError())
        return QStringLiteral("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return seenRoot ? QString() : QStringLiteral("no root element");
}

} // namespace

QString walkXml(PathNode &root, const QByteArray &bytes, DepthCut &cut)
{
    if (const QString error = checkXml(bytes); !error.isEmpty())
        return error;
    QXmlStreamReader xml(bytes);
    std::vector<Frame> stack;
    bool seenRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (seenRoot && stack.empty())
                break;
            seenRoot = true;
            if (int(stack.size()) >= cut.maxDepth) {
                skipElement(xml, stack, cut);
                continue;
            }
            startElement(xml, stack, root);
        } else if (xml.isEndElement() && !stack.empty()) {
            endElement(stack);
        } else if (xml.isCharacters() && !stack.empty()) {
            stack.back().text += xml.text().trimmed();
        }
    }
    return {};
}

} // namespace Pactbench::Inference::detail
