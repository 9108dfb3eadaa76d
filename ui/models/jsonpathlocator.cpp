// SPDX-License-Identifier: MIT
#include "jsonpathlocator.h"

#include <core/matching/rules.h>

namespace Pactbench {

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    QString key;
    bool hasKey = false;
    QString path; ///< the container's own path, fixed while it is open
};

/// `.key`-able: what join() writes without brackets.
bool isIdentifier(QStringView key)
{
    const auto letter = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
    };
    if (key.isEmpty() || !letter(key.front()))
        return false;
    for (QChar c : key) {
        if (!letter(c) && !(c >= u'0' && c <= u'9') && c != u'-')
            return false;
    }
    return true;
}

/// `path` + the step to the key or index `frame` is at.
QString childPath(const Frame &frame)
{
    if (frame.array)
        return frame.path + u'[' + QString::number(frame.index) + u']';
    if (isIdentifier(frame.key))
        return frame.path + u'.' + frame.key;
    return frame.path + QStringLiteral("['") + frame.key + QStringLiteral("']");
}

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

/// The path of the place the innermost container is at: a key names its value, an index its element.
QString pathOf(const QList<Frame> &frames)
{
    for (const Frame &f : frames) {
        if (!f.array && !f.hasKey)
            return f.path; // between entries: the object itself
    }
    return frames.isEmpty() ? QStringLiteral("$") : childPath(frames.last());
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
            frame.path = pathOf(m_frames); // the prefix of every path inside, built once
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
    QString path = QStringLiteral("$");
    for (int i = 0; i < keys.size(); ++i) {
        if (isIndex.value(i))
            path += u'[' + keys.at(i) + u']';
        else if (isIdentifier(keys.at(i)))
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
