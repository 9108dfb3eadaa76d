// SPDX-License-Identifier: MIT
#include "jsonpathlocator.h"

#include <core/matching/rules.h>

#include <QRegularExpression>

namespace Pactbench {

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    QString key;
    bool hasKey = false;
};

/// The end (index of the closing quote) of the string starting at `start`, and its text.
int scanString(const QString &text, int start, QString *value)
{
    int i = start + 1;
    for (; i < text.size() && text.at(i) != u'"'; ++i) {
        if (text.at(i) == u'\\')
            ++i;
    }
    *value = text.mid(start + 1, i - start - 1);
    return i;
}

QString pathOf(const QList<Frame> &frames)
{
    QStringList keys;
    QList<bool> isIndex;
    for (const Frame &f : frames) {
        if (f.array) {
            keys.append(QString::number(f.index));
            isIndex.append(true);
        } else if (f.hasKey) {
            keys.append(f.key);
            isIndex.append(false);
        } else {
            break; // between entries: the object itself
        }
    }
    return JsonPathLocator::join(keys, isIndex);
}

/// Reads JSON text front to back, keeping the stack of containers and keys it is in.
class Scanner
{
public:
    explicit Scanner(const QString &text) : m_text(text) { }

    /// Consumes the character at `i` (a whole string when it opens one); the index after it.
    int step(int i)
    {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            QString value;
            const int end = scanString(m_text, i, &value);
            if (!m_frames.isEmpty() && !m_frames.last().array && !m_frames.last().hasKey) {
                m_frames.last().key = value;
                m_frames.last().hasKey = true;
            }
            return end + 1;
        }
        if (c == u'{' || c == u'[') {
            Frame frame;
            frame.array = c == u'[';
            m_frames.append(frame);
        } else if ((c == u'}' || c == u']') && !m_frames.isEmpty()) {
            m_frames.removeLast();
        } else if (c == u',' && !m_frames.isEmpty()) {
            Frame &top = m_frames.last();
            ++top.index;
            top.hasKey = false;
            top.key.clear();
        }
        return i + 1;
    }
    QString path() const { return pathOf(m_frames); }

private:
    const QString &m_text;
    QList<Frame> m_frames;
};

} // namespace

QString JsonPathLocator::pathAt(const QString &text, int position)
{
    Scanner scanner(text);
    for (int i = 0; i < text.size() && i < position;)
        i = scanner.step(i);
    return scanner.path();
}

QStringList JsonPathLocator::linePaths(const QString &text)
{
    QStringList paths;
    Scanner scanner(text);
    int i = 0;
    for (int start = 0; start <= text.size();) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = int(text.size());
        while (i < end && text.at(i).isSpace())
            ++i;
        if (i < end)
            i = scanner.step(i); // the line's first token, as pathAt(text, first + 1) reads it
        paths.append(scanner.path());
        while (i < end)
            i = scanner.step(i);
        i = std::max(i, end + 1);
        start = i;
    }
    return paths;
}

QString JsonPathLocator::join(const QStringList &keys, const QList<bool> &isIndex)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QString path = QStringLiteral("$");
    for (int i = 0; i < keys.size(); ++i) {
        if (isIndex.value(i))
            path += u'[' + keys.at(i) + u']';
        else if (identifier.match(keys.at(i)).hasMatch())
            path += u'.' + keys.at(i);
        else
            path += QStringLiteral("['") + keys.at(i) + QStringLiteral("']");
    }
    return path;
}

QJsonValue JsonPathLocator::valueAt(const QJsonValue &root, const QString &path)
{
    const QList<ValuePath> selected = selectValuePaths(RulePath::parse(path), root, 1);
    return selected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : valueAtPath(root, selected.constFirst());
}

} // namespace Pactbench
