// SPDX-License-Identifier: MIT
// Drives OpenFromBrokerDialog by objectName, as a user would (no exec(), no internals).
#pragma once

#include <ui/broker/openfrombrokerdialog.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

namespace Pactbench::Test {

class BrokerDialogDriver
{
public:
    explicit BrokerDialogDriver(OpenFromBrokerDialog *dialog) : m_dialog(dialog) { }

    template<typename W> W *get(const char *name) const
    {
        auto *w = m_dialog->findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("no child '%s' of the expected type", name);
        return w;
    }

    QLineEdit *edit(const char *name) const { return get<QLineEdit>(name); }
    QPushButton *button(const char *name) const { return get<QPushButton>(name); }
    QAbstractItemView *view(const char *name) const { return get<QAbstractItemView>(name); }
    QString text(const char *name) const { return get<QLabel>(name)->text(); }
    bool shown(const char *name) const { return get<QWidget>(name)->isVisibleTo(m_dialog); }

    /// Types into the connection form; auth is the combo's row (0 none, 1 basic, 2 bearer).
    void fillConnection(const QUrl &url, int auth = 0, const QString &user = {}, const QString &secret = {})
    {
        setText("brokerUrl", url.toString());
        get<QComboBox>("authKind")->setCurrentIndex(auth);
        if (auth == 1) {
            setText("username", user);
            setText("password", secret);
        } else if (auth == 2) {
            setText("token", secret);
        }
    }
    void setText(const char *name, const QString &value)
    {
        QLineEdit *e = edit(name);
        e->clear();
        QTest::keyClicks(e, value);
    }
    void click(const char *name) { QTest::mouseClick(button(name), Qt::LeftButton); }
    void check(const char *name, bool on) { get<QCheckBox>(name)->setChecked(on); }
    void showTab(int index) { get<QTabWidget>("brokerTabs")->setCurrentIndex(index); }

    /// Clicks Connect and waits until the attempt is over (connected or an error shown).
    void connectAndWait()
    {
        click("connectButton");
        QTRY_VERIFY_WITH_TIMEOUT(!get<QWidget>("brokerProgress")->isVisibleTo(m_dialog), 10000);
    }
    /// The rows of a view's model, columns joined with " | ".
    QStringList rows(const char *name) const
    {
        const QAbstractItemModel *model = view(name)->model();
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data().toString();
            out << cells.join(QStringLiteral(" | "));
        }
        return out;
    }

private:
    OpenFromBrokerDialog *m_dialog;
};

} // namespace Pactbench::Test
