// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QCommandLinkButton;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * What the window shows while no pact is open: the ways to start (each an action with one line
 * on what it does, as command-link buttons that follow the action's text and enabled state) and
 * the recent files and brokers, each opened with a click or Enter. Everything is reachable with
 * Tab and the arrow keys.
 */
class StartPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    struct Entry
    {
        QAction *action = nullptr;
        QString description; ///< one line: what it does
    };

    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    /// The ways to start, in order; the buttons trigger the actions.
    void setEntries(const QList<Entry> &entries);
    /// Recent files, newest first; a list with an "(none yet)" line when empty.
    void setRecentFiles(const QStringList &paths);
    /// Recent brokers, newest first (their URLs).
    void setRecentBrokers(const QList<QUrl> &urls);

    /// The button of `action` (tests, tab order).
    QCommandLinkButton *buttonFor(const QAction *action) const;

Q_SIGNALS:
    void recentFileActivated(const QString &path);
    /// The `index`-th recent broker (as given to setRecentBrokers).
    void recentBrokerActivated(int index);

private:
    void setupUi();
    static void fillList(QListWidget *list, const QList<QListWidgetItem *> &items, const QString &none);
    void activate(QListWidgetItem *item);

    QVBoxLayout *m_buttons = nullptr;
    QList<QCommandLinkButton *> m_entryButtons;
    QList<const QAction *> m_entryActions;
    QListWidget *m_recentFiles = nullptr;
    QListWidget *m_recentBrokers = nullptr;
    bool m_activating = false;
};

} // namespace Pactbench
