// SPDX-License-Identifier: MIT
#include "fieldsdiffview.h"

#include "bodydiffview.h"
#include "ruletext.h"

#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench {

namespace {

QList<VerifierMismatch> mismatchesOf(const QList<VerifierMismatch> &all, const QString &type, const QString &path)
{
    QList<VerifierMismatch> out;
    for (const VerifierMismatch &m : all) {
        if (m.type == type && (path.isNull() || m.path.compare(path, Qt::CaseInsensitive) == 0))
            out.append(m);
    }
    return out;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return {};
    const QByteArray wrapped = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

FieldsDiffView::FieldsDiffView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("fieldsView"));
    setHeaderLabels({ tr("Field"), tr("Expected"), tr("Actual"), tr("Note") });
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

FieldsDiffView::~FieldsDiffView() = default;

QTreeWidgetItem *FieldsDiffView::addRow(const QString &field, const QString &expected, const QString &actual,
    const QList<VerifierMismatch> &mismatches, const QString &rule)
{
    auto *item = new QTreeWidgetItem(this, { field, expected, actual, QString() });
    QStringList notes;
    for (const VerifierMismatch &m : mismatches) {
        notes.append(rule.isEmpty() ? m.description : rule + QStringLiteral(": ") + m.description);
        if (!m.actual.isUndefined() && !item->data(ActualColumn, Qt::UserRole).isValid())
            item->setData(ActualColumn, Qt::UserRole, jsonText(m.actual)); // for markUnpublished()
    }
    if (!mismatches.isEmpty()) {
        for (int c = 0; c <= NoteColumn; ++c)
            item->setBackground(c, QColor(255, 0, 0, 60));
        item->setData(FieldColumn, Qt::UserRole, true);
    } else if (!rule.isEmpty()) {
        notes.append(tr("matched by %1").arg(rule));
        item->setForeground(NoteColumn, QColor(0, 90, 200));
    }
    item->setText(NoteColumn, notes.join(QStringLiteral("; ")));
    item->setToolTip(NoteColumn, notes.join(u'\n'));
    return item;
}

void FieldsDiffView::markUnpublished(const QString &note)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (!item->text(ActualColumn).isEmpty())
            continue;
        const QVariant published = item->data(ActualColumn, Qt::UserRole);
        if (published.isValid()) {
            item->setText(ActualColumn, published.toString());
            continue;
        }
        item->setText(ActualColumn, note);
        item->setForeground(ActualColumn, palette().color(QPalette::Disabled, QPalette::Text));
        QFont italic = item->font(ActualColumn);
        italic.setItalic(true);
        item->setFont(ActualColumn, italic);
    }
}

void FieldsDiffView::showHttp(const HttpResponse &expected, const InteractionResult &r)
{
    clear();
    const QList<VerifierMismatch> &all = r.mismatches;
    const QList<VerifierMismatch> status = mismatchesOf(all, QStringLiteral("StatusMismatch"), {});
    addRow(tr("status"), expected.status > 0 ? QString::number(expected.status) : QString(),
        r.exchange.status > 0 ? QString::number(r.exchange.status) : QString(), status,
        status.isEmpty() ? QString() : mismatchRuleText(status.constFirst(), expected.matchingRules));
    const QStringList names = expected.headers.names();
    for (const QString &name : names) {
        const QList<VerifierMismatch> ms = mismatchesOf(all, QStringLiteral("HeaderMismatch"), name);
        const QString rule = RuleText::at(expected.matchingRules, RuleText::Part::Header, name);
        addRow(name, expected.headers.values(name).join(QStringLiteral(", ")),
            r.exchange.responseHeaders.values(name).join(QStringLiteral(", ")), ms, rule);
    }
    for (const QString &name : r.exchange.responseHeaders.names()) {
        if (expected.headers.contains(name))
            continue;
        QTreeWidgetItem *item
            = addRow(name, QString(), r.exchange.responseHeaders.values(name).join(QStringLiteral(", ")),
                mismatchesOf(all, QStringLiteral("HeaderMismatch"), name), QString());
        if (item->text(NoteColumn).isEmpty())
            item->setText(NoteColumn, tr("not in the pact"));
        item->setForeground(FieldColumn, palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void FieldsDiffView::showMessage(const MessageContents &expected, const InteractionResult &r)
{
    clear();
    QStringList keys = expected.metadata.keys();
    for (const QString &key : r.messageMetadata.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const QList<VerifierMismatch> ms = mismatchesOf(r.mismatches, QStringLiteral("MetadataMismatch"), key);
        const QString rule = RuleText::at(expected.matchingRules, RuleText::Part::Metadata, key);
        QTreeWidgetItem *item = addRow(tr("metadata %1").arg(key), jsonText(expected.metadata.value(key)),
            jsonText(r.messageMetadata.value(key)), ms, rule);
        if (!expected.metadata.contains(key) && item->text(NoteColumn).isEmpty())
            item->setText(NoteColumn, tr("not in the pact"));
    }
}

} // namespace Pactbench
