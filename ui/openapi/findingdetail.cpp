// SPDX-License-Identifier: MIT
#include "findingdetail.h"

#include "findingsmodel.h"

#include <ui/widgets/codeeditor.h>
#include <ui/widgets/highlighterfactory.h>
#include <ui/widgets/titledbox.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPalette>
#include <QSplitter>
#include <QVBoxLayout>

namespace Pactbench {

FindingDetail::FindingDetail(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findingDetail"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("findingReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("findingSides"));
    sides->addWidget(side(tr("Pact"), &m_pactWhere, &m_pactValue, "pactSide"));
    sides->addWidget(side(tr("OpenAPI document"), &m_specWhere, &m_specValue, "specSide"));
    sides->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addWidget(sides, 1);
    showFinding(nullptr);
}

FindingDetail::~FindingDetail() = default;

QWidget *FindingDetail::side(const QString &title, QLabel **where, CodeEditor **editor, const char *objectName)
{
    auto *content = new QWidget(this);
    *where = new QLabel(content);
    (*where)->setObjectName(QLatin1String(objectName) + QStringLiteral("Where"));
    (*where)->setWordWrap(true);
    (*where)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *editor = new CodeEditor(content);
    (*editor)->setObjectName(QLatin1String(objectName) + QStringLiteral("Value"));
    (*editor)->setReadOnly(true);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    HighlighterFactory::create((*editor)->document(), QStringLiteral("JSON"), dark);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(*where);
    layout->addWidget(*editor, 1);
    QWidget *box = titledBox(title, content, this);
    box->setObjectName(QLatin1String(objectName));
    return box;
}

QString FindingDetail::jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isUndefined())
        return {};
    // A scalar: as JSON (a string quoted), through a one-element array.
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

void FindingDetail::showFinding(const OpenApi::Finding *f)
{
    if (!f) {
        m_reason->setText(tr("Select a finding to see the pact and the document side by side."));
        m_pactWhere->clear();
        m_specWhere->clear();
        m_pactValue->clear();
        m_specValue->clear();
        return;
    }
    m_reason->setText(u"<b>" + f->code.toHtmlEscaped() + u"</b> " + FindingsModel::reason(*f).toHtmlEscaped());
    m_pactWhere->setText(f->mockLocation);
    m_pactValue->setPlainText(jsonText(f->mockValue));
    QString spec = f->specLocation.isEmpty() ? tr("(no place in the document)") : f->specLocation;
    if (!f->specFile.isEmpty()) {
        const QString file = QFileInfo(f->specFile).fileName().isEmpty() ? f->specFile : QFileInfo(f->specFile).fileName();
        spec += u'\n' + (f->specLine > 0 ? QStringLiteral("%1:%2").arg(file).arg(f->specLine) : file);
    }
    m_specWhere->setText(spec);
    m_specWhere->setToolTip(f->specFile);
    m_specValue->setPlainText(jsonText(f->specValue));
}

QString FindingDetail::pactText() const
{
    return m_pactWhere->text() + u'\n' + m_pactValue->toPlainText();
}

QString FindingDetail::specText() const
{
    return m_specWhere->text() + u'\n' + m_specValue->toPlainText();
}

} // namespace Pactbench
