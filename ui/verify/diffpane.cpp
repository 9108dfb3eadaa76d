// SPDX-License-Identifier: MIT
#include "diffpane.h"
#include <ui/widgets/elidedlabel.h>

#include "bodydiffview.h"
#include "exchangeview.h"
#include "fieldsdiffview.h"
#include "outcomestyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.isNull() ? QStringLiteral("null") : QString();
}

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new FieldsDiffView(this))
    , m_body(new BodyDiffView(this))
    , m_mismatches(new QTreeWidget(this))
    , m_exchange(new ExchangeView(this))
{
    setObjectName(QStringLiteral("diffPane"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    ElidedLabel::letWrappedShrink(m_summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("diffTabs"));
    m_mismatches->setObjectName(QStringLiteral("mismatchList"));
    m_mismatches->setHeaderLabels({ tr("Path"), tr("Rule"), tr("Mismatch"), tr("Expected"), tr("Actual") });
    m_mismatches->setRootIsDecorated(false);
    // The sentence takes the space left by path, rule and values and wraps there, never cut.
    m_mismatches->setWordWrap(true);
    m_mismatches->setUniformRowHeights(false);
    m_mismatches->header()->setStretchLastSection(false);
    m_mismatches->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_mismatches->header()->setSectionResizeMode(MismatchColumn, QHeaderView::Stretch);
    connect(m_mismatches, &QTreeWidget::currentItemChanged, this, &DiffPane::mismatchSelected);
    auto *diff = new QSplitter(Qt::Vertical, this);
    diff->setObjectName(QStringLiteral("diffSplitter"));
    diff->addWidget(m_fields);
    diff->addWidget(m_body);
    diff->addWidget(m_mismatches);
    diff->setChildrenCollapsible(false);
    // The bodies get the height: the status and header rows and the mismatch list a few lines each.
    diff->setStretchFactor(0, 0);
    diff->setStretchFactor(1, 1);
    diff->setStretchFactor(2, 0);
    const int row = m_fields->fontMetrics().height() + 6;
    diff->setSizes({ 4 * row, 20 * row, 4 * row });
    m_tabs->addTab(diff, tr("Diff"));
    m_tabs->addTab(m_exchange, tr("States and request"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs);
    clear();
}

DiffPane::~DiffPane() = default;

void DiffPane::clear()
{
    m_summary->setText(tr("Select a result to see its diff."));
    m_fields->clear();
    m_body->clear();
    m_mismatches->clear();
    m_exchange->clear();
}

QString DiffPane::summaryOf(const InteractionResult &r)
{
    QString text = QStringLiteral("<b>%1</b> — %2").arg(r.description.toHtmlEscaped(), outcomeText(outcomeKey(r)));
    if (!r.providerStates.isEmpty())
        text += tr("<br>Given %1").arg(r.providerStates.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const QString &e : r.errors)
        text += QStringLiteral("<br>") + e.toHtmlEscaped();
    // Where the reference verifier decides otherwise: said here so that CI holds no surprise.
    for (const QString &d : r.departures)
        text += QStringLiteral("<br><span style=\"color:#b45309\">%1</span>").arg(tr("Known departure: %1").arg(d).toHtmlEscaped());
    return text;
}

void DiffPane::showResult(const InteractionResult &r, const Interaction &expected)
{
    showDiff(r, expected, QString());
}

void DiffPane::showPublishedResult(const InteractionResult &r, const Interaction &expected, const QString &note)
{
    showDiff(r, expected, note);
    m_summary->setText(m_summary->text() + QStringLiteral("<br><i>%1</i>")
        .arg(tr("Published to the broker: the verifier sent its mismatches, not the provider's response.").toHtmlEscaped()));
    m_fields->markUnpublished(note);
}

void DiffPane::showDiff(const InteractionResult &r, const Interaction &expected, const QString &unpublishedNote)
{
    m_summary->setText(summaryOf(r));
    m_body->setActualPlaceholder(unpublishedNote);
    if (r.kind == InteractionKind::SynchronousHttp) {
        m_fields->showHttp(expected.response, r);
        m_body->showBodies(
            expected.response.body, r.exchange.responseBody, r.mismatches, expected.response.matchingRules);
        showMismatches(r, expected.response.matchingRules, unpublishedNote);
    } else {
        const MessageContents &message
            = r.kind == InteractionKind::SynchronousMessages && !expected.messageResponses.isEmpty()
            ? expected.messageResponses.constFirst()
            : expected.message;
        m_fields->showMessage(message, r);
        m_body->showBodies(message.contents, r.exchange.responseBody, r.mismatches, message.matchingRules);
        showMismatches(r, message.matchingRules, unpublishedNote);
    }
    m_exchange->showResult(r);
}

void DiffPane::showMismatches(const InteractionResult &r, const MatchingRules &rules, const QString &unpublishedNote)
{
    m_mismatches->clear();
    for (const VerifierMismatch &m : r.mismatches) {
        // A published mismatch without an actual value: say so rather than leave it blank.
        const QString actual
            = m.actual.isUndefined() && !unpublishedNote.isEmpty() ? unpublishedNote : valueText(m.actual);
        auto *item = new QTreeWidgetItem(m_mismatches,
            { m.path, mismatchRuleText(m, rules), m.description, valueText(m.expected), actual });
        item->setToolTip(MismatchColumn, m.description);
    }
    // Path, rule and values as wide as they need, up to a sixth of the list each; the sentence the rest.
    const int most = qMax(80, m_mismatches->viewport()->width() / 6);
    for (int column : { 0, 1, 3, 4 }) {
        m_mismatches->resizeColumnToContents(column);
        m_mismatches->setColumnWidth(column, qMin(m_mismatches->columnWidth(column), most));
    }
}

void DiffPane::mismatchSelected(QTreeWidgetItem *item)
{
    if (item)
        m_body->showPath(item->text(0));
}

} // namespace Pactbench
