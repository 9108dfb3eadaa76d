// SPDX-License-Identifier: MIT
#include "fieldjump.h"

#include <ui/models/jsonpathlocator.h>
#include <ui/verify/bodylines.h>
#include <ui/widgets/bodyeditor.h>
#include <ui/widgets/codeeditor.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/keyvaluetable.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBlock>

#include <algorithm>

namespace Pactbench {

namespace {

/// "$.items[0].id" for the dotted segments below a body, array indexes told by the body itself.
QString bodyPath(const QStringList &segments, QJsonValue value)
{
    QStringList keys;
    QList<bool> isIndex;
    for (const QString &segment : segments) {
        bool number = false;
        const int i = segment.toInt(&number);
        const bool index = number && value.isArray();
        keys.append(segment);
        isIndex.append(index);
        value = index ? value.toArray().at(i) : value.toObject().value(segment);
    }
    return JsonPathLocator::join(keys, isIndex);
}

/// "$.a.b[0]" → "$.a.b" → "$.a" → "$".
QString parentPath(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut > 0 ? path.left(cut) : QStringLiteral("$");
}

bool revealBody(InteractionEditor *editor, const QString &prefix, QString path)
{
    auto *body = editor->findChild<BodyEditor *>(prefix + QStringLiteral("BodyEditor"));
    if (!body)
        return false;
    CodeEditor *code = body->editor();
    const QStringList linePaths = JsonPathLocator::linePaths(code->toPlainText());
    int line = BodyLines::firstLineOf(linePaths, path);
    while (line < 0 && path != u"$") { // a value on another's line, or a node the body lacks: its parent's line
        path = parentPath(path);
        line = BodyLines::firstLineOf(linePaths, path);
    }
    if (line >= 0) {
        QTextCursor cursor(code->document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        code->setTextCursor(cursor);
        code->centerCursor();
    }
    code->setFocus(Qt::OtherFocusReason);
    return line >= 0;
}

bool revealTable(InteractionEditor *editor, const QString &objectName, const QString &name)
{
    auto *table = editor->findChild<KeyValueTable *>(objectName);
    if (!table)
        return false;
    QTableWidget *t = table->table();
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0) && t->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0) {
            t->setCurrentCell(row, 1);
            break;
        }
    }
    t->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace

FieldJump::Target FieldJump::parse(const QString &mockLocation, const Interaction &interaction)
{
    static const QRegularExpression head(QStringLiteral(R"(^\[root\]\.interactions\[\d+\]\.?)"));
    const QString rest = QString(mockLocation).remove(head);
    QStringList segments = rest.split(u'.', Qt::SkipEmptyParts);
    Target t;
    t.tab = QStringLiteral("generalTab");
    if (segments.isEmpty() || (segments.first() != u"request" && segments.first() != u"response"))
        return t;
    const bool request = segments.takeFirst() == u"request";
    t.tab = request ? QStringLiteral("requestTab") : QStringLiteral("responseTab");
    if (segments.isEmpty())
        return t;
    t.area = segments.takeFirst();
    if (t.area == u"body")
        t.bodyPath = bodyPath(segments, (request ? interaction.request.body : interaction.response.body).asJson());
    else if (!segments.isEmpty())
        t.name = segments.join(u'.');
    return t;
}

bool FieldJump::reveal(InteractionEditor *editor, const Target &t)
{
    editor->showTab(t.tab);
    const QString prefix = t.tab == u"requestTab" ? QStringLiteral("request") : QStringLiteral("response");
    auto *tab = editor->findChild<QWidget *>(t.tab);
    if (t.area == u"body")
        return revealBody(editor, prefix, t.bodyPath);
    if (t.area == u"headers")
        return revealTable(editor, prefix + QStringLiteral("HeadersTable"), t.name);
    if (t.area == u"query")
        return revealTable(editor, QStringLiteral("queryTable"), t.name);
    const QString field = t.area == u"path"       ? QStringLiteral("pathEdit")
        : t.area == u"method"                     ? QStringLiteral("methodCombo")
        : t.area == u"status"                     ? QStringLiteral("statusSpin")
                                                  : QString();
    QWidget *widget = field.isEmpty() || !tab ? nullptr : tab->findChild<QWidget *>(field);
    if (widget)
        widget->setFocus(Qt::OtherFocusReason);
    return widget != nullptr;
}

} // namespace Pactbench
