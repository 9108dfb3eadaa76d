// SPDX-License-Identifier: MIT
#pragma once

#include <ui/dialogservice.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Pactbench {

/// Asks for a new pact's consumer, provider and specification version (V3 or V4).
class NewPactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPactDialog(QWidget *parent = nullptr);
    ~NewPactDialog() override;
    Q_DISABLE_COPY_MOVE(NewPactDialog)

    NewPactRequest request() const;

private:
    void setupUi();
    void updateOk();

    QLineEdit *m_consumer = nullptr;
    QLineEdit *m_provider = nullptr;
    QComboBox *m_version = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Pactbench
