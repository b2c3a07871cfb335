// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9 in the core services, on a real database: roles, the last admin, registration modes
// and invites, the sign-up throttle, device credentials and the window's own login bucket.
#include "accountservice.h"
#include "changehub.h"
#include "database.h"
#include "sqlauthstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Core::Actor;
using Core::RegistrationMode;
using Core::Role;

namespace {

const QString kPassword = QStringLiteral("correct horse");
constexpr qint64 kDay = 24LL * 3600 * 1000;

QString email(const char *name)
{
    return QLatin1String(name) + QStringLiteral("@example.org");
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

    Core::SignupRequest apiSignup(const char *name, const QString &invite = {})
    {
        return {email(name), kPassword, {}, invite, QStringLiteral("10.0.0.9"), Core::Via::Api};
    }
    Core::User local(const char *name)
    {
        auto session = m_auth->signup(email(name), kPassword, {});
        if (!session)
            qFatal("signup %s: %s", name, qPrintable(session.error().message));
        return session->user;
    }
    Core::Result<Core::AuthSession> apiLogin(
        const char *name, const QString &password, const QString &device = {})
    {
        return m_auth->login(Core::LoginRequest {
            email(name), password, QStringLiteral("127.0.0.1"), device, Core::Via::Api});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(m_db->open());
        m_store = std::make_unique<Storage::SqlAuthStore>(*m_db);
        m_now = 1'800'000'000'000;
        makeService({});
    }
    void makeService(std::optional<RegistrationMode> flag)
    {
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        config.throttle.baseDelayMs = 60'000;
        config.signupThrottle.baseDelayMs = 60'000;
        config.registrationOverride = flag;
        config.clock = [this] { return m_now; };
        m_auth = std::make_unique<Core::AccountService>(*m_store, config, &m_changes);
    }
    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void firstAccountIsAdminLaterOnesMembers()
    {
        const Core::User ann = local("ann");
        const Core::User bob = local("bob");
        QVERIFY(ann.isAdmin());
        QVERIFY(!bob.isAdmin());
        QVERIFY(m_auth->user(ann.id)->isAdmin());
        QCOMPARE(m_auth->user(bob.id)->role, Role::Member);
        // The role travels with the token.
        auto login = apiLogin("bob", kPassword);
        QVERIFY(login);
        QCOMPARE(m_auth->authenticate(login->token.toLatin1())->role, Role::Member);
    }

    void onlyAdminsManageUsers()
    {
        const Core::User ann = local("ann");
        const Core::User bob = local("bob");
        auto refused = m_auth->users(Actor::api(bob));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("admin_only"));
        QCOMPARE(m_auth->setRole(Actor::api(bob), bob.id, Role::Admin).error().code,
            QStringLiteral("admin_only"));
        QCOMPARE(m_auth->deleteUser(Actor::window(bob), ann.id).error().code,
            QStringLiteral("admin_only"));
        QCOMPARE(m_auth->createInvite(Actor::api(bob)).error().code, QStringLiteral("admin_only"));
        QCOMPARE(m_auth->setRegistration(Actor::api(bob), RegistrationMode::Open).error().code,
            QStringLiteral("admin_only"));
        QVERIFY(!m_auth->user(bob.id)->isAdmin());

        auto all = m_auth->users(Actor::api(ann));
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        auto promoted = m_auth->setRole(Actor::api(ann), bob.id, Role::Admin);
        QVERIFY(promoted);
        QVERIFY(promoted->isAdmin());
        QVERIFY(m_auth->user(bob.id)->isAdmin());
        QVERIFY(m_auth->users(Actor::api(*m_auth->user(bob.id))));
    }

    void lastAdminStays()
    {
        const Core::User ann = local("ann");
        const Core::User bob = local("bob");
        const Actor admin = Actor::api(ann);
        auto demoted = m_auth->setRole(admin, ann.id, Role::Member);
        QVERIFY(!demoted);
        QCOMPARE(demoted.error().code, QStringLiteral("last_admin"));
        QCOMPARE(demoted.error().kind, Core::ErrorKind::Conflict);
        auto deleted = m_auth->deleteUser(admin, ann.id);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, QStringLiteral("last_admin"));
        QVERIFY(m_auth->user(ann.id)->isAdmin());
        // With a second admin, the first may step down, and then the second is the last.
        QVERIFY(m_auth->setRole(admin, bob.id, Role::Admin));
        QVERIFY(m_auth->setRole(admin, ann.id, Role::Member));
        const Actor bobAdmin = Actor::api(*m_auth->user(bob.id));
        QCOMPARE(m_auth->deleteUser(bobAdmin, bob.id).error().code, QStringLiteral("last_admin"));
        QVERIFY(m_auth->deleteUser(bobAdmin, ann.id));
        QCOMPARE(m_auth->user(ann.id).error().kind, Core::ErrorKind::NotFound);
        QCOMPARE(m_auth->deleteUser(bobAdmin, 999).error().kind, Core::ErrorKind::NotFound);
    }

    void registrationDefaultsToInvite()
    {
        // The first account can always be made, whatever the mode.
        makeService(RegistrationMode::Closed);
        auto first = m_auth->signup(apiSignup("ann"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->user.isAdmin());
        makeService({});
        auto registration = m_auth->registration(Actor::api(first->user));
        QVERIFY(registration);
        QCOMPARE(registration->mode, RegistrationMode::Invite);
        QVERIFY(!registration->setByFlag);

        auto uninvited = m_auth->signup(apiSignup("bob"));
        QVERIFY(!uninvited);
        QCOMPARE(uninvited.error().code, QStringLiteral("invalid_invite"));
        QCOMPARE(uninvited.error().kind, Core::ErrorKind::Forbidden);
        auto guessed = m_auth->signup(apiSignup("bob", QStringLiteral("edi_guess")));
        QCOMPARE(guessed.error().code, QStringLiteral("invalid_invite"));

        auto invite = m_auth->createInvite(Actor::api(first->user));
        QVERIFY(invite);
        QVERIFY(invite->code.startsWith(QLatin1String("edi_")));
        QCOMPARE(invite->expiresAt, m_now + 7 * kDay);
        auto invited = m_auth->signup(apiSignup("bob", invite->code));
        QVERIFY2(invited, invited ? "" : qPrintable(invited.error().message));
        QVERIFY(!invited->user.isAdmin());
        // Single use.
        auto again = m_auth->signup(apiSignup("cy", invite->code));
        QCOMPARE(again.error().code, QStringLiteral("invalid_invite"));
        // Expired.
        auto late = m_auth->createInvite(Actor::api(first->user));
        m_now += 8 * kDay;
        QCOMPARE(m_auth->signup(apiSignup("cy", late->code)).error().code,
            QStringLiteral("invalid_invite"));
        // The window (the OS user) is not bound by the mode.
        QVERIFY(m_auth->signup(email("dee"), kPassword, {}));
    }

    // The outbound setting: what each mode means with the API on loopback alone or not, admins
    // only, stored, the change announced to whoever applies it to the guards.
    void outboundModes()
    {
        using Core::OutboundPrivate;
        for (bool loopback : {true, false}) {
            QCOMPARE(Core::outboundPrivateAllowed(OutboundPrivate::Auto, loopback), loopback);
            QVERIFY(Core::outboundPrivateAllowed(OutboundPrivate::Allow, loopback));
            QVERIFY(!Core::outboundPrivateAllowed(OutboundPrivate::Deny, loopback));
        }
        for (OutboundPrivate mode :
            {OutboundPrivate::Auto, OutboundPrivate::Allow, OutboundPrivate::Deny})
            QCOMPARE(Core::outboundPrivateFromName(Core::outboundPrivateName(mode)).value(), mode);
        QVERIFY(!Core::outboundPrivateFromName(u"Allow"));

        QList<bool> applied;
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        config.apiOnLoopbackOnly = false;
        config.outboundChanged = [&applied](bool allowed) { applied.append(allowed); };
        m_auth = std::make_unique<Core::AccountService>(*m_store, config, &m_changes);
        const Core::User ann = local("ann");
        const Core::User bob = local("bob");
        QCOMPARE(m_auth->outbound(Actor::api(bob)).error().code, QStringLiteral("admin_only"));
        QCOMPARE(m_auth->setOutbound(Actor::window(bob), OutboundPrivate::Allow).error().code,
            QStringLiteral("admin_only"));
        QVERIFY(applied.isEmpty());
        auto initial = m_auth->outbound(Actor::api(ann));
        QVERIFY(initial);
        QCOMPARE(initial->mode, OutboundPrivate::Auto);
        QVERIFY(!initial->privateAllowed);
        auto allowed = m_auth->setOutbound(Actor::api(ann), OutboundPrivate::Allow);
        QVERIFY(allowed && allowed->privateAllowed);
        QCOMPARE(applied, QList<bool> {true});
        QVERIFY(m_auth->setOutbound(Actor::window(ann), OutboundPrivate::Deny));
        QCOMPARE(applied, (QList<bool> {true, false}));

        config.apiOnLoopbackOnly = true; // a later run on loopback: "deny" still refuses
        m_auth = std::make_unique<Core::AccountService>(*m_store, config, &m_changes);
        QCOMPARE(m_auth->outboundSettings()->mode, OutboundPrivate::Deny);
        QVERIFY(!m_auth->outboundSettings()->privateAllowed);
        config.outboundOverride = OutboundPrivate::Allow;
        m_auth = std::make_unique<Core::AccountService>(*m_store, config, &m_changes);
        QVERIFY(m_auth->outboundSettings()->setByFlag);
        QVERIFY(m_auth->outboundSettings()->privateAllowed);
        QCOMPARE(m_auth->setOutbound(Actor::api(ann), OutboundPrivate::Auto).error().code,
            QStringLiteral("set_by_command_line"));
        QCOMPARE(applied.size(), 2);
    }

    void openAndClosedModes()
    {
        const Core::User ann = local("ann");
        QVERIFY(m_auth->setRegistration(Actor::api(ann), RegistrationMode::Open));
        QCOMPARE(*m_auth->registrationMode(), RegistrationMode::Open);
        QVERIFY(m_auth->signup(apiSignup("bob")));
        QVERIFY(m_auth->setRegistration(Actor::window(ann), RegistrationMode::Closed));
        auto closed = m_auth->signup(apiSignup("cy"));
        QCOMPARE(closed.error().code, QStringLiteral("registration_closed"));
        // An invite does not open a closed instance.
        auto invite = m_auth->createInvite(Actor::api(ann));
        QCOMPARE(m_auth->signup(apiSignup("cy", invite->code)).error().code,
            QStringLiteral("registration_closed"));
        QCOMPARE(m_auth->users(Actor::api(ann))->size(), 2);
    }

    void flagWinsOverTheStoredMode()
    {
        const Core::User ann = local("ann");
        QVERIFY(m_auth->setRegistration(Actor::api(ann), RegistrationMode::Closed));
        makeService(RegistrationMode::Open);
        auto settings = m_auth->registration(Actor::api(ann));
        QCOMPARE(settings->mode, RegistrationMode::Open);
        QVERIFY(settings->setByFlag);
        QVERIFY(m_auth->signup(apiSignup("bob")));
        auto change = m_auth->setRegistration(Actor::api(ann), RegistrationMode::Invite);
        QCOMPARE(change.error().code, QStringLiteral("set_by_command_line"));
        makeService({});
        QCOMPARE(*m_auth->registrationMode(), RegistrationMode::Closed); // the stored one again
    }

    void signupIsThrottledPerClient()
    {
        local("ann");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_auth->signup(apiSignup("bob", QStringLiteral("edi_wrong"))).error().code,
                QStringLiteral("invalid_invite"));
        auto blocked = m_auth->signup(apiSignup("bob", QStringLiteral("edi_wrong")));
        QCOMPARE(blocked.error().code, QStringLiteral("too_many_attempts"));
        QVERIFY(blocked.error().retryAfterSeconds > 0);
        // Another client is not affected.
        Core::SignupRequest other = apiSignup("bob", QStringLiteral("edi_wrong"));
        other.clientAddress = QStringLiteral("10.0.0.10");
        QCOMPARE(m_auth->signup(other).error().code, QStringLiteral("invalid_invite"));
        m_now += 61'000;
        QCOMPARE(m_auth->signup(apiSignup("bob", QStringLiteral("edi_wrong"))).error().code,
            QStringLiteral("invalid_invite"));
    }

    void knownDeviceOutlastsAFlood()
    {
        local("ann");
        local("bob");
        auto bob = apiLogin("bob", kPassword); // before the flood blocks this client address
        QVERIFY(bob);
        auto first = apiLogin("ann", kPassword);
        QVERIFY(first);
        const QString device = first->deviceCredential;
        QVERIFY(device.startsWith(QLatin1String("edd_")));
        QCOMPARE(device.size(), 47);
        // A flood of wrong guesses for the account from the same client address.
        for (int i = 0; i < 50; ++i)
            QVERIFY(!apiLogin("ann", QStringLiteral("wrong guess %1").arg(i)));
        auto blocked = apiLogin("ann", kPassword);
        QCOMPARE(blocked.error().code, QStringLiteral("too_many_attempts"));
        // The known device is judged by its own failures only.
        auto known = apiLogin("ann", kPassword, device);
        QVERIFY2(known, known ? "" : qPrintable(known.error().message));
        QCOMPARE(known->deviceCredential, device);
        // A device credential is not a password: wrong guesses with it fail and count against
        // the device alone, which then waits too.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(apiLogin("ann", QStringLiteral("nope"), device).error().code,
                QStringLiteral("invalid_credentials"));
        QCOMPARE(
            apiLogin("ann", kPassword, device).error().code, QStringLiteral("too_many_attempts"));
        // Another account's device, or garbage, counts as no device.
        QCOMPARE(apiLogin("ann", kPassword, bob->deviceCredential).error().code,
            QStringLiteral("too_many_attempts"));
        QCOMPARE(apiLogin("ann", kPassword, QStringLiteral("edd_x")).error().code,
            QStringLiteral("too_many_attempts"));
    }

    void windowIsNeverThrottledByApiFailures()
    {
        local("ann");
        for (int i = 0; i < 20; ++i)
            QVERIFY(!apiLogin("ann", QStringLiteral("wrong")));
        QCOMPARE(apiLogin("ann", kPassword).error().code, QStringLiteral("too_many_attempts"));
        auto window = m_auth->login(Core::LoginRequest {
            email("ann"), kPassword, QStringLiteral("window"), {}, Core::Via::Window});
        QVERIFY2(window, window ? "" : qPrintable(window.error().message));
        QVERIFY(window->deviceCredential.isEmpty()); // the window needs none
        // The window's own failures still count (for the window).
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_auth->login(Core::LoginRequest {
                email("ann"), QStringLiteral("wrong"), {}, {}, Core::Via::Window}));
        QCOMPARE(
            m_auth->login(Core::LoginRequest {email("ann"), kPassword, {}, {}, Core::Via::Window})
                .error()
                .code,
            QStringLiteral("too_many_attempts"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SqlAuthStore> m_store;
    std::unique_ptr<Core::AccountService> m_auth;
    Core::ChangeHub m_changes;
    qint64 m_now = 0;
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
