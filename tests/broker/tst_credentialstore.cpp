// SPDX-License-Identifier: MIT
// CredentialStore: the session store, and the fallback to it when no keychain answers.

#include <core/credentials/credentialstore.h>

#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No secret service on this machine, deterministically: a bus address that leads nowhere.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pactbench-test-bus");
    }

    void sessionStore()
    {
        CredentialStore store(u"pactbench-test"_qs, CredentialStore::Backend::Session);
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.fallbackReason().isEmpty());
        QSignalSpy stored(&store, &CredentialStore::stored);
        QSignalSpy read(&store, &CredentialStore::readFinished);
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.store(u"k"_qs, u"s3cret"_qs);
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.first().at(1).toBool(), false);
        store.read(u"k"_qs);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first(), QVariantList({u"k"_qs, u"s3cret"_qs, true}));
        store.remove(u"k"_qs);
        QVERIFY(removed.wait(5000));
        store.read(u"k"_qs);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.last(), QVariantList({u"k"_qs, QString(), false}));
    }

    void keychainUnavailableFallsBackToSession()
    {
        CredentialStore store(u"pactbench-test"_qs, CredentialStore::Backend::Keychain);
        QSignalSpy fellBack(&store, &CredentialStore::fellBackToSession);
        QSignalSpy stored(&store, &CredentialStore::stored);
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.store(u"broker-token"_qs, u"tok-123"_qs);
        QVERIFY(stored.wait(20000));
        if (stored.first().at(1).toBool())
            QSKIP("a keychain answered on this machine; the fallback cannot be exercised");
        QCOMPARE(fellBack.count(), 1);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.fallbackReason().startsWith(u"no usable keychain ("));
        QVERIFY(store.fallbackReason().endsWith(u"secrets are kept for this session only"));
        QVERIFY(!store.fallbackReason().contains(u"tok-123"));
        // The secret is still there for the session.
        store.read(u"broker-token"_qs);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first(), QVariantList({u"broker-token"_qs, u"tok-123"_qs, true}));
        QCOMPARE(fellBack.count(), 1);
    }

    void readWithoutKeychainFallsBack()
    {
        CredentialStore store(u"pactbench-test"_qs, CredentialStore::Backend::Keychain);
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.read(u"never-stored"_qs);
        QVERIFY(read.wait(20000));
        QCOMPARE(read.first().at(2).toBool(), false);
    }

    void brokerKeys()
    {
        QCOMPARE(CredentialStore::brokerKey(u"https://me:pw@broker.example.com/"_qs, u"token"_qs),
                 u"broker:https://broker.example.com:token:"_qs);
        QCOMPARE(CredentialStore::brokerKey(u"https://broker.example.com"_qs, u"basic"_qs, u"ci"_qs),
                 u"broker:https://broker.example.com:basic:ci"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
