// SPDX-License-Identifier: MIT
#include "publishedverificationwindow.h"

#include "diffpane.h"
#include "verificationresultsmodel.h"

#include <ui/widgets/elidedlabel.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QString dateText(const QDateTime &date)
{
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString verdictText(const std::optional<bool> &success)
{
    if (!success)
        return PublishedVerificationWindow::tr("result unknown");
    return *success ? PublishedVerificationWindow::tr("passed") : PublishedVerificationWindow::tr("failed");
}

} // namespace

PublishedVerificationWindow::PublishedVerificationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_headline(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_model(new VerificationResultsModel(this))
    , m_view(new QTreeView(this))
    , m_diff(new DiffPane(this))
{
    setObjectName(u"publishedVerificationWindow"_qs);
    m_headline->setObjectName(u"publishedVerificationHeadline"_qs);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setOpenExternalLinks(true);
    m_headline->setTextInteractionFlags(Qt::TextBrowserInteraction);
    ElidedLabel::letWrappedShrink(m_headline);
    m_notes->setObjectName(u"publishedVerificationNotes"_qs);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ElidedLabel::letWrappedShrink(m_notes);
    m_notes->hide();
    m_view->setObjectName(u"publishedResultsView"_qs);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(VerificationResultsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(VerificationResultsModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_view->hideColumn(VerificationResultsModel::DurationColumn); // a publisher sends no times
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PublishedVerificationWindow::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int interaction = index.data(VerificationResultsModel::InteractionIndexRole).toInt();
        if (interaction >= 0 && interaction < m_interactions.size() && m_interactions.at(interaction).inPact)
            Q_EMIT interactionActivated(interaction);
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);
    resize(1200, 720);
}

PublishedVerificationWindow::~PublishedVerificationWindow() = default;

QString PublishedVerificationWindow::unpublishedNote()
{
    return tr("not published by the verifier");
}

QString PublishedVerificationWindow::titleOf(const PublishedVerification &v)
{
    const QString date = dateText(v.verificationDate);
    const QString version = QString(v.providerName + u' ' + v.providerVersion).trimmed();
    return date.isEmpty() ? tr("Verification by %1").arg(version) : tr("Verification by %1 · %2").arg(version, date);
}

QString PublishedVerificationWindow::headline() const
{
    return m_headline->text();
}

InteractionResult PublishedVerificationWindow::withNotes(const PublishedInteraction &p)
{
    InteractionResult r = p.result;
    if (!p.inPact)
        r.errors.prepend(tr("The pact has no interaction with this id or description (id '%1').").arg(p.interactionId));
    if (!p.reported)
        r.errors.prepend(tr("The verifier published no result for this interaction."));
    else if (r.outcome == InteractionOutcome::Skipped)
        r.errors.prepend(tr("The verifier did not say whether this interaction passed."));
    for (const QString &text : p.unread)
        r.errors.append(tr("Published in a shape Pactbench does not read: %1").arg(text));
    return r;
}

QString PublishedVerificationWindow::notesText(const PublishedVerification &v) const
{
    QStringList lines;
    if (v.shape == TestResultsShape::None)
        lines << tr("The verifier published no test results: only its overall result is known.");
    if (v.shape == TestResultsShape::Unknown)
        lines << tr("Test results in a shape Pactbench does not read:") << v.testResultsText;
    lines << v.notes; // the reader's own words (English, like the CLI's)
    return lines.join(u'\n');
}

void PublishedVerificationWindow::setVerification(const PublishedVerification &v, const QString &consumer,
                                                  const QList<PublishedInteraction> &interactions)
{
    m_interactions = interactions;
    const QString title = titleOf(v);
    setWindowTitle(title);
    const QString provider = v.providerName.isEmpty() && !interactions.isEmpty() ? interactions.constFirst().result.provider
                                                                                 : v.providerName;
    const QString date = dateText(v.verificationDate).toHtmlEscaped();
    QString text = date.isEmpty()
        ? tr("<b>%1 %2</b> verified the pact %3 → %1: <b>%4</b>")
              .arg(provider.toHtmlEscaped(), v.providerVersion.toHtmlEscaped(), consumer.toHtmlEscaped(), verdictText(v.success))
        : tr("<b>%1 %2</b> verified the pact %3 → %1 on %4: <b>%5</b>")
              .arg(provider.toHtmlEscaped(), v.providerVersion.toHtmlEscaped(), consumer.toHtmlEscaped(), date,
                   verdictText(v.success));
    if (!v.verifierName.isEmpty())
        text += u"<br>"_qs + tr("Verifier: %1 %2").arg(v.verifierName, v.verifierVersion).toHtmlEscaped();
    if (!v.buildUrl.isEmpty()) {
        const QString url = v.buildUrl.toHtmlEscaped();
        text += u"<br>"_qs + tr("Build: %1").arg(u"<a href=\""_qs + url + u"\">"_qs + url + u"</a>"_qs);
    }
    m_headline->setText(text);
    const QString notes = notesText(v);
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());

    m_model->reset(title);
    int firstFailing = -1;
    for (const PublishedInteraction &p : interactions) {
        m_model->setResult(withNotes(p));
        if (firstFailing < 0 && p.result.failsRun())
            firstFailing = p.result.interactionIndex;
    }
    m_view->expand(m_model->index(0, 0));
    if (!selectInteraction(firstFailing) && !interactions.isEmpty())
        selectInteraction(interactions.constFirst().result.interactionIndex);
}

bool PublishedVerificationWindow::selectInteraction(int interactionIndex)
{
    const QModelIndex index = m_model->indexOfInteraction(interactionIndex);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void PublishedVerificationWindow::onCurrentChanged()
{
    const InteractionResult *result = m_model->resultAt(m_view->currentIndex());
    const int at = result ? result->interactionIndex : -1;
    if (at < 0 || at >= m_interactions.size()) {
        m_diff->clear();
        return;
    }
    m_diff->showPublishedResult(*result, m_interactions.at(at).expected, unpublishedNote());
}

} // namespace Pactbench
