// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/journalentry.h>

#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Pactbench {

struct Pact;

/**
 * One journal entry in full: a summary line, each mismatch in words beside the matching rule
 * that decided it (from the closest interaction's rules), the request as received (headers and
 * body, marked when the body was truncated) and the matched or closest interaction's expected
 * request. "Copy as curl" puts a command that replays the request on the clipboard.
 */
class JournalDetail : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDetail)
public:
    explicit JournalDetail(QWidget *parent = nullptr);
    ~JournalDetail() override;

    /// Shows `entry`, served from `pact` (the server's snapshot) at `baseUrl`. `pact` must outlive the display.
    void showEntry(const JournalEntry &entry, const Pact *pact, const QUrl &baseUrl);
    void clear();

    /// The curl command of the entry shown; empty when none.
    QString curlText() const;
    /// Puts curlText() on the clipboard.
    void copyCurl();
    /// Asks to show the matched or closest interaction of the entry shown (if any).
    void activateInteraction();

Q_SIGNALS:
    /// The user asked to see the matched or closest interaction (index in the served pact).
    void interactionActivated(int interactionIndex);

private:
    void setupUi();
    void fillMismatches(const JournalEntry &entry);
    QString summaryText(const JournalEntry &entry) const;
    static QString requestText(const JournalEntry &entry);
    QString interactionText(int index) const;

    QLabel *m_summary;
    QPushButton *m_copyCurl;
    QPushButton *m_showInteraction;
    QTreeWidget *m_mismatches;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_interaction;
    std::optional<JournalEntry> m_entry;
    const Pact *m_pact = nullptr;
    QUrl m_baseUrl;
};

} // namespace Pactbench
