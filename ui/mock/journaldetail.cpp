// SPDX-License-Identifier: MIT
#include "journaldetail.h"
#include <ui/widgets/elidedlabel.h>

#include "curlcommand.h"
#include "journalformat.h"

#include <core/model/pact.h>
#include <core/model/pactwriter.h>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QPlainTextEdit *codeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

/// The body as text when it is UTF-8, else a hex dump of its first 1 KiB.
QString shownBody(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    if (!decoder.hasError() && !body.contains('\0'))
        return text;
    const QByteArray head = body.left(1024);
    QString out = JournalDetail::tr("(binary, %n byte(s))", nullptr, int(body.size())) + u'\n';
    for (qsizetype i = 0; i < head.size(); i += 16)
        out += QString::fromLatin1(head.mid(i, 16).toHex(' ')) + u'\n';
    return out;
}

} // namespace

JournalDetail::JournalDetail(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
    , m_showInteraction(new QPushButton(tr("Show interaction"), this))
    , m_mismatches(new QTreeWidget(this))
    , m_request(codeView(QStringLiteral("journalRequestText"), this))
    , m_interaction(codeView(QStringLiteral("journalInteractionText"), this))
{
    setObjectName(QStringLiteral("journalDetail"));
    setupUi();
    clear();
}

JournalDetail::~JournalDetail() = default;

void JournalDetail::setupUi()
{
    m_summary->setObjectName(QStringLiteral("journalDetailSummary"));
    ElidedLabel::letWrappedShrink(m_summary); // "#3 GET /a/very/long/target → 404: …"
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_showInteraction->setObjectName(QStringLiteral("showInteractionButton"));
    m_mismatches->setObjectName(QStringLiteral("journalMismatches"));
    m_mismatches->setHeaderLabels({ tr("Where"), tr("Mismatch"), tr("Rule") });
    m_mismatches->setRootIsDecorated(false);
    m_mismatches->setWordWrap(true);
    m_mismatches->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mismatches->header()->setStretchLastSection(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_showInteraction);
    buttons->addWidget(m_copyCurl);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_request, tr("Request received"));
    tabs->addTab(m_interaction, tr("Interaction expected"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mismatches);
    splitter->addWidget(tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_copyCurl, &QPushButton::clicked, this, &JournalDetail::copyCurl);
    connect(m_showInteraction, &QPushButton::clicked, this, &JournalDetail::activateInteraction);
}

void JournalDetail::clear()
{
    m_entry.reset();
    m_pact = nullptr;
    m_summary->setText(tr("Select a request to see it here."));
    m_mismatches->clear();
    m_request->clear();
    m_interaction->clear();
    m_copyCurl->setEnabled(false);
    m_showInteraction->setEnabled(false);
}

void JournalDetail::showEntry(const JournalEntry &entry, const Pact *pact, const QUrl &baseUrl)
{
    m_entry = entry;
    m_pact = pact;
    m_baseUrl = baseUrl;
    const QString note = pact ? JournalFormat::alsoMatchedNote(entry, *pact) : QString();
    m_summary->setText(note.isEmpty() ? summaryText(entry) : summaryText(entry) + u'\n' + note);
    fillMismatches(entry);
    m_request->setPlainText(requestText(entry));
    m_interaction->setPlainText(interactionText(entry.interactionIndex));
    m_copyCurl->setEnabled(true);
    m_showInteraction->setEnabled(entry.interactionIndex >= 0);
}

QString JournalDetail::summaryText(const JournalEntry &e) const
{
    const QString request
        = QStringLiteral("#%1 %2 %3 → %4").arg(e.sequence).arg(e.method, e.target).arg(e.responseStatus);
    const QString name = m_pact && e.interactionIndex >= 0 && e.interactionIndex < m_pact->interactions.size()
        ? m_pact->interactions.at(e.interactionIndex).description
        : QString();
    switch (e.verdict) {
    case JournalVerdict::Matched:
        return e.interactionIndex < 0 ? tr("%1: CORS preflight answered").arg(request)
                                      : tr("%1: matched “%2”").arg(request, name);
    case JournalVerdict::Mismatched:
        return tr("%1: %n mismatch(es), closest “%2” (score %3)", nullptr, int(e.mismatchDetails.size()))
            .arg(request, name, QString::number(e.score, 'f', 2));
    case JournalVerdict::Unexpected:
        return tr("%1: unexpected, no interaction has this method and path").arg(request);
    }
    return request;
}

void JournalDetail::fillMismatches(const JournalEntry &e)
{
    m_mismatches->clear();
    const bool haveInteraction = m_pact && e.interactionIndex >= 0 && e.interactionIndex < m_pact->interactions.size();
    for (const Mismatch &m : e.mismatchDetails) {
        const MismatchRule rule = haveInteraction
            ? ruleForMismatch(m_pact->interactions.at(e.interactionIndex).request, m)
            : MismatchRule{};
        auto *item
            = new QTreeWidgetItem(m_mismatches, { JournalFormat::where(m), m.sentence, JournalFormat::rule(rule) });
        item->setToolTip(1, m.sentence);
        item->setToolTip(2, JournalFormat::ruleLocation(rule));
    }
}

QString JournalDetail::requestText(const JournalEntry &e)
{
    QString out = e.method + u' ' + e.target + u'\n';
    for (const auto &[name, value] : e.requestHeaders.entries())
        out += name + QStringLiteral(": ") + value + u'\n';
    if (e.requestBodySize > 0)
        out += u'\n' + shownBody(e.requestBody);
    if (e.bodyTruncated())
        out += u'\n' + tr("… body truncated: %1 of %2 bytes kept").arg(e.requestBody.size()).arg(e.requestBodySize);
    return out;
}

QString JournalDetail::interactionText(int index) const
{
    if (!m_pact || index < 0 || index >= m_pact->interactions.size())
        return tr("No interaction of the pact has this method and path.");
    const Interaction &interaction = m_pact->interactions.at(index);
    const QJsonObject request = PactWriter::requestToJson(interaction.request, SpecVersion::V4);
    return tr("“%1”, expected request:").arg(interaction.description) + u'\n'
        + QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented));
}

QString JournalDetail::curlText() const
{
    if (!m_entry)
        return {};
    CurlRequest request;
    request.method = m_entry->method;
    request.baseUrl = m_baseUrl;
    request.target = m_entry->target;
    request.headers = m_entry->requestHeaders;
    request.body = m_entry->requestBody;
    request.bodyTruncated = m_entry->bodyTruncated();
    return curlCommand(request);
}

void JournalDetail::activateInteraction()
{
    if (m_entry && m_entry->interactionIndex >= 0)
        Q_EMIT interactionActivated(m_entry->interactionIndex);
}

void JournalDetail::copyCurl()
{
    if (m_entry)
        QApplication::clipboard()->setText(curlText());
}

} // namespace Pactbench
