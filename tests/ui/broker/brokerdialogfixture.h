// SPDX-License-Identifier: MIT
// The fixture of the broker dialog tests: a filled test broker on 127.0.0.1, a document manager,
// a session-only credential store, settings in QStandardPaths' test location, and the dialog shown.
#pragma once

#include "brokerdialogdriver.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/credentials/credentialstore.h>
#include <ui/document/documentmanager.h>

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace Pactbench::Test {

class BrokerDialogFixture
{
protected:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<DocumentManager> m_documents;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<OpenFromBrokerDialog> m_dialog;
    std::unique_ptr<BrokerDialogDriver> m_ui;

    /// Settings go to the test location, never the user's.
    static bool isolateSettings(const QString &application)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(application);
        return QSettings().fileName().contains(u".qttest");
    }
    bool setUp()
    {
        QSettings().clear();
        m_broker = std::make_unique<TestBroker>();
        if (!m_broker->start())
            return false;
        fillBroker(*m_broker);
        m_documents = std::make_unique<DocumentManager>();
        m_credentials
            = std::make_unique<CredentialStore>(QStringLiteral("pactbench-tests"), CredentialStore::Backend::Session);
        newDialog();
        return true;
    }
    void tearDown()
    {
        m_ui.reset();
        m_dialog.reset();
        m_documents.reset();
        m_credentials.reset();
        m_broker.reset();
    }
    void newDialog()
    {
        m_ui.reset();
        m_dialog = std::make_unique<OpenFromBrokerDialog>(m_documents.get(), m_credentials.get());
        m_dialog->show();
        m_ui = std::make_unique<BrokerDialogDriver>(m_dialog.get());
    }
    /// Connects without credentials and waits until both lists are loaded.
    bool connectPlain()
    {
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->connectAndWait();
        return m_dialog->isConnected();
    }
};

} // namespace Pactbench::Test
