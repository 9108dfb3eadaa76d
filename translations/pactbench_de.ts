<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BrokerErrorText</name>
    <message>
        <source>The connection settings cannot be used.</source>
        <translation>Die Verbindungseinstellungen können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The broker cannot be reached.</source>
        <translation>Der Broker ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The broker did not answer in time.</source>
        <translation>Der Broker hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The broker did not accept the credentials.</source>
        <translation>Der Broker hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>Die Zugangsdaten berechtigen nicht dazu.</translation>
    </message>
    <message>
        <source>Not found on the broker.</source>
        <translation>Nicht im Broker gefunden.</translation>
    </message>
    <message>
        <source>The broker rejected the request.</source>
        <translation>Der Broker hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The broker failed.</source>
        <translation>Beim Broker ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The broker&apos;s answer cannot be read.</source>
        <translation>Die Antwort des Brokers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The broker does not offer this.</source>
        <translation>Der Broker bietet dies nicht an.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>basic auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed. For a broker with a self-signed certificate, tick “Allow self-signed certificate”.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen. Bei einem Broker mit selbstsigniertem Zertifikat „Selbstsigniertes Zertifikat erlauben“ ankreuzen.</translation>
    </message>
</context>
<context>
    <name>ButtonShortcut</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaptureFormat</name>
    <message>
        <source>… (%1 in all; the first 64 KiB shown)</source>
        <translation>… (%1 insgesamt; die ersten 64 KiB gezeigt)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz&apos;s dot could not lay out the network (code %1)%2</source>
        <translation>Graphviz-dot konnte das Netzwerk nicht anordnen (Code %1)%2</translation>
    </message>
    <message>
        <source>The network has %1 services; the layout takes at most %2.</source>
        <translation>Das Netzwerk hat %1 Services; das Layout verarbeitet höchstens %2.</translation>
    </message>
    <message>
        <source>The network has %1 integrations; the layout takes at most %2.</source>
        <translation>Das Netzwerk hat %1 Integrationen; das Layout verarbeitet höchstens %2.</translation>
    </message>
    <message>
        <source>Edge %1 names node %2, which does not exist (%3 nodes).</source>
        <translation>Kante %1 verweist auf Knoten %2, den es nicht gibt (%3 Knoten).</translation>
    </message>
</context>
<context>
    <name>ImpactFormat</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>kosmetisch</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>brechend</translation>
    </message>
    <message>
        <source>Changed since the last save: %1</source>
        <translation>Seit dem letzten Speichern geändert: %1</translation>
    </message>
    <message>
        <source>Added since the last save: %1</source>
        <translation>Seit dem letzten Speichern hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… und %n weitere Änderung</numerusform>
            <numerusform>… und %n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>only cosmetic changes since the last save</source>
        <translation>nur kosmetische Änderungen seit dem letzten Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) since the last save</source>
        <translation>
            <numerusform>%1: %n Änderung seit dem letzten Speichern</numerusform>
            <numerusform>%1: %n Änderungen seit dem letzten Speichern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>Export Journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>The journal could not be exported.</source>
        <translation>Das Journal konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Journal exported to %1</source>
        <translation>Journal nach %1 exportiert</translation>
    </message>
    <message>
        <source>Write Exercised Pact</source>
        <translation>Pact der genutzten Interaktionen schreiben</translation>
    </message>
    <message>
        <source>The pact was not written.</source>
        <translation>Der Pact wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Pact of the exercised interactions written to %1</source>
        <translation>Pact der genutzten Interaktionen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1 did not match “%2”: %3</source>
        <translation>%1 passte nicht zu „%2“: %3</translation>
    </message>
    <message>
        <source>%1 was not expected: no interaction has that method and path</source>
        <translation>%1 wurde nicht erwartet: keine Interaktion hat diese Methode und diesen Pfad</translation>
    </message>
    <message>
        <source>“%1” (%2) was not requested</source>
        <translation>„%1“ (%2) wurde nicht angefragt</translation>
    </message>
    <message numerus="yes">
        <source>%n further request(s) went wrong (not recorded one by one)</source>
        <translation>
            <numerusform>%n weitere Anfrage ging schief (nicht einzeln aufgezeichnet)</numerusform>
            <numerusform>%n weitere Anfragen gingen schief (nicht einzeln aufgezeichnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>No mock server selected.</source>
        <translation>Kein Mock-Server ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went wrong</source>
        <translation>
            <numerusform>%n Anfrage ging schief</numerusform>
            <numerusform>%n Anfragen gingen schief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) not requested yet</source>
        <translation>
            <numerusform>%n Interaktion noch nicht angefragt</numerusform>
            <numerusform>%n Interaktionen noch nicht angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Write Pact needs a clean run, as Pact&apos;s mock server does: %1.</source>
        <translation>Pact schreiben braucht einen fehlerfreien Lauf, wie beim Mock-Server von Pact: %1.</translation>
    </message>
    <message>
        <source>The pact was not written. %1</source>
        <translation>Der Pact wurde nicht geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>matched</source>
        <translation>passend</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>unerwartet</translation>
    </message>
    <message>
        <source>no rule: compared with the example</source>
        <translation>keine Regel: mit dem Beispiel verglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s): </source>
        <translation>
            <numerusform>%n Anfrage: </numerusform>
            <numerusform>%n Anfragen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matched, %2 mismatched, %3 unexpected; %n missing</source>
        <translation>
            <numerusform>%1 passend, %2 abweichend, %3 unerwartet; %n fehlend</numerusform>
            <numerusform>%1 passend, %2 abweichend, %3 unerwartet; %n fehlend</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Make the request or the matching rules of one of them narrower.</source>
        <translation>Machen Sie die Anfrage oder die Matching-Regeln einer der beiden enger.</translation>
    </message>
    <message>
        <source>Their provider states differ (%1 and %2): serve one state at a time (the panel&apos;s provider-state filter, or --state on the command line).</source>
        <translation>Ihre Provider-Zustände unterscheiden sich (%1 und %2): bedienen Sie einen Zustand nach dem anderen (der Provider-Zustandsfilter des Panels oder --state auf der Kommandozeile).</translation>
    </message>
    <message>
        <source>“%1”, the request of “%2”, also matches “%3”, which comes first in the pact: the mock server answers it with “%3”, so “%2” is never served for it.</source>
        <translation>„%1“, die Anfrage von „%2“, passt auch zu „%3“, das im Pact davor steht: Der Mock-Server beantwortet sie mit „%3“, „%2“ wird dafür nie bedient.</translation>
    </message>
    <message>
        <source>Also matches %1, not served for this request: the mock server answers with the first matching interaction in pact order, “%2”.</source>
        <translation>Passt auch zu %1, für diese Anfrage nicht bedient: Der Mock-Server antwortet mit der ersten passenden Interaktion in Pact-Reihenfolge, „%2“.</translation>
    </message>
</context>
<context>
    <name>NetworkStyle</name>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>verifiziert am %1</translation>
    </message>
    <message>
        <source>Click: open the pact. Shift+click: open the matrix.</source>
        <translation>Klick: Pact öffnen. Umschalt+Klick: Matrix öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n Consumer</numerusform>
            <numerusform>%n Consumer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Provider</numerusform>
            <numerusform>%n Provider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlapLint</name>
    <message numerus="yes">
        <source>The overlap check stopped after %n finding(s) (its limit); there may be more.</source>
        <translation>
            <numerusform>Die Überschneidungsprüfung endete nach %n Fund (ihrer Grenze); es kann mehr geben.</numerusform>
            <numerusform>Die Überschneidungsprüfung endete nach %n Funden (ihrer Grenze); es kann mehr geben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pactbench::AddInteractionCommand</name>
    <message>
        <source>a new request</source>
        <translation>eine neue Anfrage</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>a new message</source>
        <translation>eine neue Nachricht</translation>
    </message>
    <message>
        <source>a new message exchange</source>
        <translation>ein neuer Nachrichtenaustausch</translation>
    </message>
</context>
<context>
    <name>Pactbench::BodyDiffView</name>
    <message>
        <source>equality</source>
        <translation>Gleichheit</translation>
    </message>
    <message>
        <source>Expected (pact)</source>
        <translation>Erwartet (Pact)</translation>
    </message>
    <message>
        <source>Actual (provider)</source>
        <translation>Tatsächlich (Provider)</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>abgeglichen nach %1</translation>
    </message>
    <message>
        <source>Preparing diff…</source>
        <translation>Vergleich wird vorbereitet…</translation>
    </message>
    <message>
        <source>%1 (under %2)</source>
        <translation>%1 (unter %2)</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>fehlender Schlüssel</translation>
    </message>
    <message>
        <source>list length</source>
        <translation>Listenlänge</translation>
    </message>
    <message>
        <source>missing item</source>
        <translation>fehlendes Element</translation>
    </message>
</context>
<context>
    <name>Pactbench::BodyEditor</name>
    <message>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Reformat the JSON body with indentation</source>
        <translation>Den JSON-Body eingerückt neu formatieren</translation>
    </message>
    <message>
        <source>No body. Type one to add it.</source>
        <translation>Kein Body. Tippen Sie einen, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>No body · %1</source>
        <translation>Kein Body · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 — not applied yet</source>
        <translation>Zeile %1, Spalte %2: %3 – noch nicht übernommen</translation>
    </message>
    <message>
        <source>Match %1 by</source>
        <translation>%1 abgleichen nach</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>Includes the example</source>
        <translation>Enthält das Beispiel</translation>
    </message>
    <message>
        <source>Not empty</source>
        <translation>Nicht leer</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
</context>
<context>
    <name>Pactbench::BodyText</name>
    <message>
        <source>Binary body, %1 (%2 bytes), read-only</source>
        <translation>Binärer Body, %1 (%2 Bytes), schreibgeschützt</translation>
    </message>
    <message>
        <source>Base64:</source>
        <translation>Base64:</translation>
    </message>
</context>
<context>
    <name>Pactbench::BrokerBrowser</name>
    <message>
        <source>Filter pacticipants</source>
        <translation>Pacticipants filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>as consumer or provider</source>
        <translation>als Consumer oder Provider</translation>
    </message>
    <message>
        <source>as consumer</source>
        <translation>als Consumer</translation>
    </message>
    <message>
        <source>as provider</source>
        <translation>als Provider</translation>
    </message>
    <message>
        <source>Latest pacts of the chosen pacticipant</source>
        <translation>Neueste Pacts des gewählten Pacticipants</translation>
    </message>
    <message>
        <source>Loading pacticipants…</source>
        <translation>Pacticipants werden geladen…</translation>
    </message>
    <message>
        <source>Loading the latest pacts…</source>
        <translation>Neueste Pacts werden geladen…</translation>
    </message>
    <message>
        <source>Compare vers&amp;ions…</source>
        <translation>Vers&amp;ionen vergleichen…</translation>
    </message>
    <message>
        <source>List the published versions of the selected pact and compare two of them</source>
        <translation>Die veröffentlichten Versionen des gewählten Pacts auflisten und zwei davon vergleichen</translation>
    </message>
</context>
<context>
    <name>Pactbench::BrokerConnectionForm</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (username and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Remember credentials</source>
        <translation>Zugangsdaten merken</translation>
    </message>
    <message>
        <source>Allow self-signed certificate (insecure)</source>
        <translation>Selbstsigniertes Zertifikat erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Turns off TLS certificate checks for this broker. Use only for test brokers.</source>
        <translation>Schaltet die TLS-Zertifikatsprüfung für diesen Broker ab. Nur für Test-Broker verwenden.</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Broker &amp;URL:</source>
        <translation>Broker-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each answer of the broker.</source>
        <translation>Wie lange auf jede Antwort des Brokers gewartet wird.</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>PEM file of a private CA (optional)</source>
        <translation>PEM-Datei einer privaten CA (optional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No keychain: credentials are remembered for this session only (%1).</source>
        <translation>Kein Schlüsselbund: Zugangsdaten werden nur für diese Sitzung gemerkt (%1).</translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain, never in the settings file.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Systems abgelegt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s URL, e.g. https://broker.example.com.</source>
        <translation>Geben Sie die URL des Brokers ein, z. B. https://broker.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>No recent brokers</source>
        <translation>Keine zuletzt verwendeten Broker</translation>
    </message>
    <message>
        <source>Choose a recent broker…</source>
        <translation>Zuletzt verwendeten Broker wählen…</translation>
    </message>
</context>
<context>
    <name>Pactbench::BrokerOpener</name>
    <message>
        <source>Open from &amp;Broker…</source>
        <translation>Vom B&amp;roker öffnen…</translation>
    </message>
    <message>
        <source>Browse a Pact Broker and open its pacts, or the pacts a provider must verify</source>
        <translation>Einen Pact Broker durchsuchen und seine Pacts öffnen oder die Pacts, die ein Provider verifizieren muss</translation>
    </message>
</context>
<context>
    <name>Pactbench::BrokerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n calls under way)</source>
        <translation>
            <numerusform>%1 (%n Aufruf läuft)</numerusform>
            <numerusform>%1 (%n Aufrufe laufen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pactbench::BrokerTools</name>
    <message>
        <source>Can I &amp;Deploy…</source>
        <translation>&amp;Deployment prüfen (Can I Deploy)…</translation>
    </message>
    <message>
        <source>Ask the broker whether a version may go to an environment, with the reason for each blocking integration and what to do next</source>
        <translation>Den Broker fragen, ob eine Version in eine Umgebung deployt werden darf, mit dem Grund für jede blockierende Integration und dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Contract &amp;Network</source>
        <translation>Vertrags&amp;netzwerk</translation>
    </message>
    <message>
        <source>Every consumer → provider integration of the broker as a graph, coloured by its latest verification</source>
        <translation>Alle Consumer → Provider-Integrationen des Brokers als Graph, eingefärbt nach ihrer letzten Verifikation</translation>
    </message>
    <message>
        <source>Open Pact</source>
        <translation>Pact öffnen</translation>
    </message>
    <message>
        <source>The pact at %1 could not be fetched.</source>
        <translation>Der Pact unter %1 konnte nicht abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>Pactbench::CanIDeployDialog</name>
    <message>
        <source>Can I Deploy?</source>
        <translation>Deployment prüfen (Can I Deploy?)</translation>
    </message>
    <message>
        <source>Choose a pacticipant, its version and where it goes, then press Check.</source>
        <translation>Wählen Sie einen Pacticipant, seine Version und das Ziel und klicken Sie dann auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Double-click a pact or a verification to open it</source>
        <translation>Pact oder Verifikation per Doppelklick öffnen</translation>
    </message>
    <message>
        <source>Reading the pacticipants…</source>
        <translation>Pacticipants werden gelesen…</translation>
    </message>
    <message>
        <source>The list of pacticipants cannot be read; type the name.
%1</source>
        <translation>Die Liste der Pacticipants kann nicht gelesen werden; geben Sie den Namen ein.
%1</translation>
    </message>
    <message>
        <source>Reading the environments…</source>
        <translation>Umgebungen werden gelesen…</translation>
    </message>
    <message>
        <source>The list of environments cannot be read; type the name or use a tag.
%1</source>
        <translation>Die Liste der Umgebungen kann nicht gelesen werden; geben Sie den Namen ein oder verwenden Sie einen Tag.
%1</translation>
    </message>
    <message>
        <source>Asking the broker…</source>
        <translation>Broker wird gefragt…</translation>
    </message>
    <message>
        <source>Asking whether %1 can be deployed…</source>
        <translation>Es wird geprüft, ob %1 deployt werden kann…</translation>
    </message>
    <message>
        <source>Cancelled: no verdict.</source>
        <translation>Abgebrochen: keine Entscheidung.</translation>
    </message>
    <message>
        <source>No verdict: the broker could not answer.</source>
        <translation>Keine Entscheidung: Der Broker konnte nicht antworten.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen werden angezeigt…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Verification</source>
        <translation>&amp;Verifikation öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Pact</source>
        <translation>&amp;Pact öffnen</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
</context>
<context>
    <name>Pactbench::CanIDeployForm</name>
    <message>
        <source>the service to deploy</source>
        <translation>der zu deployende Service</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Latest on branch</source>
        <translation>Neueste im Branch</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Latest on main branch</source>
        <translation>Neueste im Haupt-Branch</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>z. B. prod</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Pacticipant:</source>
        <translation>&amp;Pacticipant:</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <source>&amp;Deploy to:</source>
        <translation>&amp;Deployen nach:</translation>
    </message>
    <message>
        <source>branch, e.g. main</source>
        <translation>Branch, z. B. main</translation>
    </message>
    <message>
        <source>version, e.g. 1.4.2</source>
        <translation>Version, z. B. 1.4.2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A production environment</source>
        <translation>Eine Produktionsumgebung</translation>
    </message>
    <message>
        <source>Enter the pacticipant to deploy.</source>
        <translation>Geben Sie den zu deployenden Pacticipant ein.</translation>
    </message>
    <message>
        <source>Enter the version to deploy, or choose “Latest”.</source>
        <translation>Geben Sie die zu deployende Version ein oder wählen Sie „Neueste“.</translation>
    </message>
    <message>
        <source>Enter the branch whose latest version is to be deployed.</source>
        <translation>Geben Sie den Branch ein, dessen neueste Version deployt werden soll.</translation>
    </message>
    <message>
        <source>Choose the environment to deploy to.</source>
        <translation>Wählen Sie die Umgebung, in die deployt werden soll.</translation>
    </message>
    <message>
        <source>Enter the tag of the versions to deploy alongside.</source>
        <translation>Geben Sie den Tag der Versionen ein, neben denen deployt werden soll.</translation>
    </message>
</context>
<context>
    <name>Pactbench::CaptureFlow</name>
    <message numerus="yes">
        <source>Add %n captured interaction(s)</source>
        <translation>
            <numerusform>%n aufgezeichnete Interaktion hinzufügen</numerusform>
            <numerusform>%n aufgezeichnete Interaktionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests found in %1.</source>
        <translation>Keine Anfragen in %1 gefunden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not HAR, curl command lines, WireMock mappings or a Postman collection; choose the format in the file dialog.</source>
        <translation>%1: weder HAR noch curl-Befehlszeilen, WireMock-Mappings oder eine Postman-Collection; wählen Sie das Format im Dateidialog.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Pactbench::CompareDialog</name>
    <message>
        <source>Compare Pacts</source>
        <translation>Pacts vergleichen</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Alt:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>%1 (open, as edited)</source>
        <translation>%1 (geöffnet, wie bearbeitet)</translation>
    </message>
    <message>
        <source>%1 (as read or last saved)</source>
        <translation>%1 (wie gelesen oder zuletzt gespeichert)</translation>
    </message>
    <message>
        <source>That pact was closed.</source>
        <translation>Dieser Pact wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::CompareModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Interaction / where</source>
        <translation>Interaktion / wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Pactbench::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Safe, review and breaking</source>
        <translation>Sicher, prüfen und brechend</translation>
    </message>
    <message>
        <source>Review and breaking</source>
        <translation>Prüfen und brechend</translation>
    </message>
    <message>
        <source>Breaking only</source>
        <translation>Nur brechende</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Old:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;New:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Alt:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Neu:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No differences: a provider that passes the old pact passes the new one.</source>
        <translation>Keine Unterschiede: Ein Provider, der den alten Pact erfüllt, erfüllt auch den neuen.</translation>
    </message>
    <message>
        <source>Highest impact: %1 (%2).</source>
        <translation>Höchste Auswirkung: %1 (%2).</translation>
    </message>
    <message>
        <source>(not in the old pact)</source>
        <translation>(nicht im alten Pact)</translation>
    </message>
    <message>
        <source>(not in the new pact)</source>
        <translation>(nicht im neuen Pact)</translation>
    </message>
</context>
<context>
    <name>Pactbench::ContractNetworkWindow</name>
    <message>
        <source>Contract Network — %1</source>
        <translation>Vertragsnetzwerk — %1</translation>
    </message>
    <message>
        <source>Contract Network</source>
        <translation>Vertragsnetzwerk</translation>
    </message>
    <message>
        <source>Filter services by name</source>
        <translation>Services nach Name filtern</translation>
    </message>
    <message>
        <source>Services whose name contains the text, and their integrations, stay; the rest fades. Enter selects the first match.</source>
        <translation>Services, deren Name den Text enthält, und ihre Integrationen bleiben sichtbar; der Rest verblasst. Eingabe wählt den ersten Treffer aus.</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood only</source>
        <translation>Nur &amp;Nachbarschaft</translation>
    </message>
    <message>
        <source>Show only the selected service, its consumers and its providers</source>
        <translation>Nur den ausgewählten Service, seine Consumer und seine Provider zeigen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, mouse wheel)</source>
        <translation>Verkleinern (Strg+-, Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, mouse wheel)</source>
        <translation>Vergrößern (Strg+=, Mausrad)</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Das ganze Netzwerk zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;Statuses for:</source>
        <translation>&amp;Status für:</translation>
    </message>
    <message>
        <source>Latest verification</source>
        <translation>Letzte Verifikation</translation>
    </message>
    <message>
        <source>Provider branch</source>
        <translation>Provider-Branch</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Click an integration to open its pact (Shift+click: its matrix); click a service to select it. Drag to pan, the wheel zooms.</source>
        <translation>Klicken Sie auf eine Integration, um ihren Pact zu öffnen (Umschalt+Klick: ihre Matrix); klicken Sie auf einen Service, um ihn auszuwählen. Ziehen verschiebt die Ansicht, das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Open &amp;Pact</source>
        <translation>&amp;Pact öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Matrix</source>
        <translation>&amp;Matrix öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>%n Service wird angeordnet…</numerusform>
            <numerusform>%n Services werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker has no integrations (no pacts published yet).</source>
        <translation>Der Broker hat keine Integrationen (noch keine Pacts veröffentlicht).</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) “%1”</source>
        <translation>
            <numerusform>%n Treffer für „%1“</numerusform>
            <numerusform>%n Treffer für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected: %2, %3</source>
        <translation>%1 ausgewählt: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n Consumer</numerusform>
            <numerusform>%n Consumer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Provider</numerusform>
            <numerusform>%n Provider</numerusform>
        </translation>
    </message>
    <message>
        <source>select a service to see its neighbourhood</source>
        <translation>Service auswählen, um seine Nachbarschaft zu sehen</translation>
    </message>
    <message>
        <source>Open Pact</source>
        <translation>Pact öffnen</translation>
    </message>
    <message>
        <source>Open Matrix</source>
        <translation>Matrix öffnen</translation>
    </message>
    <message>
        <source>branch, e.g. main</source>
        <translation>Branch, z. B. main</translation>
    </message>
    <message>
        <source>environment, e.g. production</source>
        <translation>Umgebung, z. B. production</translation>
    </message>
    <message>
        <source>Enter a branch name.</source>
        <translation>Geben Sie einen Branch-Namen ein.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Wählen Sie eine Umgebung.</translation>
    </message>
    <message>
        <source>Loading the integrations…</source>
        <translation>Integrationen werden geladen…</translation>
    </message>
    <message>
        <source>Loading the statuses for branch %1…</source>
        <translation>Status für Branch %1 werden geladen…</translation>
    </message>
    <message>
        <source>Loading the statuses for environment %1…</source>
        <translation>Status für Umgebung %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the integrations: %1</source>
        <translation>Integrationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>In&amp;tegration:</source>
        <translation>In&amp;tegration:</translation>
    </message>
    <message>
        <source>The integrations of the selected service (select a service first: click it, or type its name in the filter and press Enter)</source>
        <translation>Die Integrationen des ausgewählten Dienstes (zuerst einen Dienst auswählen: anklicken oder seinen Namen in den Filter tippen und Eingabe drücken)</translation>
    </message>
    <message>
        <source>(no integrations)</source>
        <translation>(keine Integrationen)</translation>
    </message>
    <message>
        <source>(select a service)</source>
        <translation>(einen Dienst auswählen)</translation>
    </message>
    <message>
        <source>(choose one of %1)</source>
        <translation>(eine von %1 wählen)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::CoverageView</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1 of %2 operations, %3 of %4 responses covered</source>
        <translation>%1 von %2 Operationen, %3 von %4 Antworten abgedeckt</translation>
    </message>
</context>
<context>
    <name>Pactbench::DetailPane</name>
    <message>
        <source>Select a pact, an interaction or one of its parts to see its JSON.</source>
        <translation>Wählen Sie einen Pact, eine Interaktion oder einen ihrer Teile, um das JSON zu sehen.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>as written in a V4 pact file</source>
        <translation>wie in einer V4-Pact-Datei geschrieben</translation>
    </message>
    <message>
        <source>This item has no JSON of its own: select one of its children.</source>
        <translation>Dieser Eintrag hat kein eigenes JSON: Wählen Sie einen Untereintrag.</translation>
    </message>
</context>
<context>
    <name>Pactbench::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Pactbench::DialogService</name>
    <message>
        <source>Open Pact Files</source>
        <translation>Pact-Dateien öffnen</translation>
    </message>
    <message>
        <source>Pact files (*.json);;All files (*)</source>
        <translation>Pact-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pact files (*.json)</source>
        <translation>Pact-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Open Folder of Pacts</source>
        <translation>Ordner mit Pacts öffnen</translation>
    </message>
    <message>
        <source>Open OpenAPI Document</source>
        <translation>OpenAPI-Dokument öffnen</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HAR (*.har *.json)</source>
        <translation>HAR (*.har *.json)</translation>
    </message>
    <message>
        <source>curl command lines (*.txt *.sh *.curl)</source>
        <translation>curl-Befehlszeilen (*.txt *.sh *.curl)</translation>
    </message>
    <message>
        <source>WireMock mappings (*.json)</source>
        <translation>WireMock-Mappings (*.json)</translation>
    </message>
    <message>
        <source>Postman collection (*.json *.postman_collection.json)</source>
        <translation>Postman-Collection (*.json *.postman_collection.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Recorded Traffic</source>
        <translation>Aufgezeichneten Verkehr importieren</translation>
    </message>
</context>
<context>
    <name>Pactbench::DiffCodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Pactbench::DiffPane</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>States and request</source>
        <translation>Zustände und Anfrage</translation>
    </message>
    <message>
        <source>Select a result to see its diff.</source>
        <translation>Wählen Sie ein Ergebnis, um seinen Diff zu sehen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Given %1</source>
        <translation>&lt;br&gt;Vorausgesetzt: %1</translation>
    </message>
    <message>
        <source>Known departure: %1</source>
        <translation>Bekannte Abweichung: %1</translation>
    </message>
    <message>
        <source>Published to the broker: the verifier sent its mismatches, not the provider&apos;s response.</source>
        <translation>An den Broker veröffentlicht: Der Verifier hat seine Abweichungen gesendet, nicht die Antwort des Providers.</translation>
    </message>
</context>
<context>
    <name>Pactbench::EditController</name>
    <message>
        <source>&amp;New Pact…</source>
        <translation>&amp;Neuer Pact…</translation>
    </message>
    <message>
        <source>Create an empty pact between a consumer and a provider</source>
        <translation>Einen leeren Pact zwischen Consumer und Provider anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the pact to its file in the version it was read as</source>
        <translation>Den Pact in seiner Datei in der gelesenen Version speichern</translation>
    </message>
    <message>
        <source>&amp;Add Interaction</source>
        <translation>Interaktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Interaction</source>
        <translation>Interaktion d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Interaction</source>
        <translation>Interaktion &amp;löschen</translation>
    </message>
    <message>
        <source>Move Interaction &amp;Up</source>
        <translation>Interaktion nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Interaction Do&amp;wn</source>
        <translation>Interaktion nach &amp;unten</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Interaktion hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate interaction</source>
        <translation>Interaktion duplizieren</translation>
    </message>
    <message>
        <source>Add an interaction of the selected one&apos;s kind; the menu picks another kind</source>
        <translation>Eine Interaktion der Art der gewählten hinzufügen; das Menü wählt eine andere Art</translation>
    </message>
    <message>
        <source>&amp;HTTP Interaction</source>
        <translation>&amp;HTTP-Interaktion</translation>
    </message>
    <message>
        <source>A request and the response the provider must give</source>
        <translation>Eine Anfrage und die Antwort, die der Provider geben muss</translation>
    </message>
    <message>
        <source>&amp;Asynchronous Message</source>
        <translation>&amp;Asynchrone Nachricht</translation>
    </message>
    <message>
        <source>A message the provider publishes (V3 and V4 pacts)</source>
        <translation>Eine Nachricht, die der Provider veröffentlicht (V3- und V4-Pacts)</translation>
    </message>
    <message>
        <source>&amp;Synchronous Message</source>
        <translation>&amp;Synchrone Nachricht</translation>
    </message>
    <message>
        <source>A request message and the response messages (V4 pacts)</source>
        <translation>Eine Anfragenachricht und die Antwortnachrichten (V4-Pacts)</translation>
    </message>
</context>
<context>
    <name>Pactbench::ExchangeView</name>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source> — not called: %1</source>
        <translation> – nicht aufgerufen: %1</translation>
    </message>
    <message>
        <source> — failed: %1</source>
        <translation> – fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>Request:
%1</source>
        <translation>Anfrage:
%1</translation>
    </message>
    <message>
        <source>Response:
%1</source>
        <translation>Antwort:
%1</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Provider-state calls</source>
        <translation>Aufrufe für Provider-Zustände</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Gesendete Anfrage:</translation>
    </message>
</context>
<context>
    <name>Pactbench::FieldsDiffView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>abgeglichen nach %1</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not in the pact</source>
        <translation>nicht im Pact</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>Metadaten %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::FileController</name>
    <message>
        <source>%1 is open already</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source> (%1 errors, %2 warnings; see Diagnostics)</source>
        <translation> (%1 Fehler, %2 Warnungen; siehe Diagnose)</translation>
    </message>
    <message>
        <source>At %1: </source>
        <translation>Bei %1: </translation>
    </message>
    <message>
        <source>%1 could not be loaded.

%2%3</source>
        <translation>%1 konnte nicht geladen werden.

%2%3</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Cannot Open Pact</source>
        <translation>Pact kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Pact As V3</source>
        <translation>Pact als V3 speichern</translation>
    </message>
    <message>
        <source>Save Pact As V4</source>
        <translation>Pact als V4 speichern</translation>
    </message>
    <message>
        <source>Cannot Save Pact</source>
        <translation>Pact kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The pact could not be saved.</source>
        <translation>Der Pact konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%1 als %2 gespeichert</translation>
    </message>
    <message>
        <source>Save As V3 Loses Information</source>
        <translation>Speichern als V3 verliert Informationen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open one or more pact files</source>
        <translation>Eine oder mehrere Pact-Dateien öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Save As V&amp;4…</source>
        <translation>Speichern als V&amp;4…</translation>
    </message>
    <message>
        <source>Write the selected pact as a V4 pact file</source>
        <translation>Den gewählten Pact als V4-Datei schreiben</translation>
    </message>
    <message>
        <source>Save As V&amp;3…</source>
        <translation>Speichern als V&amp;3…</translation>
    </message>
    <message>
        <source>Write the selected pact as a V3 pact file, after showing what V3 cannot hold</source>
        <translation>Den gewählten Pact als V3-Datei schreiben, nachdem gezeigt wurde, was V3 nicht fassen kann</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open every pact file in a folder and its subfolders</source>
        <translation>Jede Pact-Datei in einem Ordner und seinen Unterordnern öffnen</translation>
    </message>
    <message>
        <source>No Pact Files</source>
        <translation>Keine Pact-Dateien</translation>
    </message>
    <message>
        <source>%1 holds no .json files.</source>
        <translation>%1 enthält keine .json-Dateien.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped loading %1</source>
        <translation>Laden von %1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder could not be loaded as pacts; see Diagnostics</source>
        <translation>
            <numerusform>%n Datei des Ordners konnte nicht als Pact geladen werden; siehe Diagnose</numerusform>
            <numerusform>%n Dateien des Ordners konnten nicht als Pacts geladen werden; siehe Diagnose</numerusform>
        </translation>
    </message>
    <message>
        <source>. It is not laid out the way Pact writes pacts (two-space indentation, sorted keys): Save will rewrite the whole file</source>
        <translation>. Die Datei ist nicht so aufgebaut, wie Pact Pacts schreibt (zwei Leerzeichen Einrückung, sortierte Schlüssel): Speichern schreibt die ganze Datei neu</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n interaction(s) in %2 s</source>
        <translation>
            <numerusform>%1 geöffnet: %n Interaktion in %2 s</numerusform>
            <numerusform>%1 geöffnet: %n Interaktionen in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %2; %n item(s) V3 cannot hold are only in the window</source>
        <translation>
            <numerusform>%1 als %2 gespeichert; %n Element, das V3 nicht fassen kann, ist nur im Fenster</numerusform>
            <numerusform>%1 als %2 gespeichert; %n Elemente, die V3 nicht fassen kann, sind nur im Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>V3 cannot hold %n item(s) of this pact. They will not be in the saved file:</source>
        <translation>
            <numerusform>V3 kann %n Element dieses Pacts nicht fassen. Es wird nicht in der gespeicherten Datei stehen:</numerusform>
            <numerusform>V3 kann %n Elemente dieses Pacts nicht fassen. Sie werden nicht in der gespeicherten Datei stehen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Written, but note:</source>
        <translation>Geschrieben, aber beachten Sie:</translation>
    </message>
    <message>
        <source>Save As V3</source>
        <translation>Speichern als V3</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Pactbench::FindingDetail</name>
    <message>
        <source>Pact</source>
        <translation>Pact</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI-Dokument</translation>
    </message>
    <message>
        <source>Select a finding to see the pact and the document side by side.</source>
        <translation>Wählen Sie einen Befund, um Pact und Dokument nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>(no place in the document)</source>
        <translation>(keine Stelle im Dokument)</translation>
    </message>
</context>
<context>
    <name>Pactbench::FindingsModel</name>
    <message>
        <source>(interaction)</source>
        <translation>(Interaktion)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>(pact)</source>
        <translation>(Pact)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Where (pact)</source>
        <translation>Wo (Pact)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Pactbench::GeneratorsEditor</name>
    <message>
        <source>Generators</source>
        <translation>Generatoren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Path or name</source>
        <translation>Pfad oder Name</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Attributes (JSON)</source>
        <translation>Attribute (JSON)</translation>
    </message>
    <message>
        <source>Add a generator</source>
        <translation>Einen Generator hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected generator</source>
        <translation>Den gewählten Generator entfernen</translation>
    </message>
</context>
<context>
    <name>Pactbench::HttpPartEditor</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <source>The body is JSON, but no Content-Type header says so.</source>
        <translation>Der Body ist JSON, aber kein Content-Type-Header sagt das.</translation>
    </message>
    <message>
        <source>Add Content-Type: application/json</source>
        <translation>Content-Type: application/json hinzufügen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::InteractionEditor</name>
    <message>
        <source>Select an interaction to edit it.</source>
        <translation>Wählen Sie eine Interaktion, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Rules &amp;&amp; Generators</source>
        <translation>Regeln &amp;&amp; Generatoren</translation>
    </message>
    <message>
        <source>optional unique key (V4)</source>
        <translation>optionaler eindeutiger Schlüssel (V4)</translation>
    </message>
    <message>
        <source>Pending: failures do not fail the verification (V4)</source>
        <translation>Ausstehend: Fehler lassen die Verifikation nicht scheitern (V4)</translation>
    </message>
    <message>
        <source>One comment per line (V4)</source>
        <translation>Ein Kommentar pro Zeile (V4)</translation>
    </message>
    <message>
        <source>Provider state</source>
        <translation>Provider-Zustand</translation>
    </message>
    <message>
        <source>Parameters (JSON object)</source>
        <translation>Parameter (JSON-Objekt)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <source>Provider &amp;states:</source>
        <translation>Provider-&amp;Zustände:</translation>
    </message>
    <message>
        <source>the test that wrote this interaction (comments.testname, V4)</source>
        <translation>der Test, der diese Interaktion geschrieben hat (comments.testname, V4)</translation>
    </message>
    <message>
        <source>&amp;Test name:</source>
        <translation>&amp;Testname:</translation>
    </message>
</context>
<context>
    <name>Pactbench::InteractionPart</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::JournalDetail</name>
    <message numerus="yes">
        <source>(binary, %n byte(s))</source>
        <translation>
            <numerusform>(binär, %n Byte)</numerusform>
            <numerusform>(binär, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Show interaction</source>
        <translation>Interaktion zeigen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Empfangene Anfrage</translation>
    </message>
    <message>
        <source>Interaction expected</source>
        <translation>Erwartete Interaktion</translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Wählen Sie eine Anfrage, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>%1: CORS preflight answered</source>
        <translation>%1: CORS-Preflight beantwortet</translation>
    </message>
    <message>
        <source>%1: matched “%2”</source>
        <translation>%1: passt zu „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mismatch(es), closest “%2” (score %3)</source>
        <translation>
            <numerusform>%1: %n Abweichung, am nächsten „%2“ (Bewertung %3)</numerusform>
            <numerusform>%1: %n Abweichungen, am nächsten „%2“ (Bewertung %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unexpected, no interaction has this method and path</source>
        <translation>%1: unerwartet, keine Interaktion hat diese Methode und diesen Pfad</translation>
    </message>
    <message>
        <source>… body truncated: %1 of %2 bytes kept</source>
        <translation>… Body gekürzt: %1 von %2 Bytes behalten</translation>
    </message>
    <message>
        <source>No interaction of the pact has this method and path.</source>
        <translation>Keine Interaktion des Pacts hat diese Methode und diesen Pfad.</translation>
    </message>
    <message>
        <source>“%1”, expected request:</source>
        <translation>„%1“, erwartete Anfrage:</translation>
    </message>
</context>
<context>
    <name>Pactbench::JournalModel</name>
    <message>
        <source>interaction %1</source>
        <translation>Interaktion %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more match)</source>
        <translation>
            <numerusform>%1 (%n weitere passt)</numerusform>
            <numerusform>%1 (%n weitere passen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pactbench::JournalPane</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Write Pact…</source>
        <translation>Pact schreiben…</translation>
    </message>
    <message>
        <source>Served interactions not requested yet; double-click one to show it</source>
        <translation>Bereitgestellte Interaktionen, die noch nicht angefragt wurden; Doppelklick zeigt eine an</translation>
    </message>
    <message>
        <source>Write the pact of the interactions requested so far (only when nothing went wrong)</source>
        <translation>Den Pact der bisher angefragten Interaktionen schreiben (nur wenn nichts schiefging)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Show Interaction</source>
        <translation>Interaktion zeigen</translation>
    </message>
    <message>
        <source>Not requested yet:</source>
        <translation>Noch nicht angefragt:</translation>
    </message>
    <message>
        <source>No mock server selected.</source>
        <translation>Kein Mock-Server ausgewählt.</translation>
    </message>
    <message>
        <source>(the table shows the latest %1)</source>
        <translation>(die Tabelle zeigt die neuesten %1)</translation>
    </message>
    <message>
        <source>Write the pact of the interactions requested so far</source>
        <translation>Den Pact der bisher angefragten Interaktionen schreiben</translation>
    </message>
</context>
<context>
    <name>Pactbench::KeyValueTable</name>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>Pactbench::LatestPactsModel</name>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Consumer version</source>
        <translation>Consumer-Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Pactbench::LoadingIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… (%n more waiting)</source>
        <translation>
            <numerusform>%1 wird geladen… (%n weiterer wartet)</numerusform>
            <numerusform>%1 wird geladen… (%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>Pactbench::MainWindow</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Example Pact</source>
        <translation>&amp;Beispiel-Pact öffnen</translation>
    </message>
    <message>
        <source>&amp;About Pactbench</source>
        <translation>Ü&amp;ber Pactbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>&amp;Expand Interactions</source>
        <translation>Interaktionen &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Pactbench</source>
        <translation>Pactbench</translation>
    </message>
    <message>
        <source>About Pactbench</source>
        <translation>Über Pactbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pactbench %1&lt;/h3&gt;&lt;p&gt;A workbench for Pact contract files: open, inspect and convert pacts of every specification version.&lt;/p&gt;&lt;p&gt;Qt %2 · syntax highlighting: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pactbench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Pact-Vertragsdateien: Pacts jeder Spezifikationsversion öffnen, untersuchen und umwandeln.&lt;/p&gt;&lt;p&gt;Qt %2 · Syntaxhervorhebung: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Pactbench</source>
        <translation>%1[*] — Pactbench</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message numerus="yes">
        <source>%n pact(s) open</source>
        <translation>
            <numerusform>%n Pact offen</numerusform>
            <numerusform>%n Pacts offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled order-service pact: HTTP interactions, messages, matchers and generators.</source>
        <translation>Der mitgelieferte Order-Service-Pact: HTTP-Interaktionen, Nachrichten, Matcher und Generatoren.</translation>
    </message>
    <message>
        <source>An empty pact for a consumer and a provider; add interactions by hand.</source>
        <translation>Ein leerer Pact für einen Consumer und einen Provider; Interaktionen von Hand hinzufügen.</translation>
    </message>
    <message>
        <source>One or more pact files (V1 to V4, HTTP and messages).</source>
        <translation>Eine oder mehrere Pact-Dateien (V1 bis V4, HTTP und Nachrichten).</translation>
    </message>
    <message>
        <source>Every pact file in a folder and its subfolders.</source>
        <translation>Alle Pact-Dateien eines Ordners und seiner Unterordner.</translation>
    </message>
    <message>
        <source>Pacts from a Pact Broker: the latest per consumer, or those a provider must verify.</source>
        <translation>Pacts aus einem Pact Broker: die neuesten je Consumer oder die, die ein Provider verifizieren muss.</translation>
    </message>
    <message>
        <source>What the edits since the last save mean for a provider that honours the saved pact; the tree tints each changed interaction (tooltip: its changes).</source>
        <translation>Was die Änderungen seit dem letzten Speichern für einen Provider bedeuten, der den gespeicherten Pact erfüllt; der Baum färbt jede geänderte Interaktion ein (Tooltip: ihre Änderungen).</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Compare two pacts, or a pact with its saved file: what changed and whether it breaks the provider</source>
        <translation>Zwei Pacts vergleichen oder einen Pact mit seiner gespeicherten Datei: was sich geändert hat und ob es den Provider bricht</translation>
    </message>
    <message>
        <source>Provider &amp;Usage…</source>
        <translation>Provider-&amp;Nutzung…</translation>
    </message>
    <message>
        <source>What each consumer relies on from a provider, and who would break if a field went away</source>
        <translation>Worauf sich jeder Consumer bei einem Provider verlässt und wer bräche, wenn ein Feld wegfiele</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>B&amp;roker</translation>
    </message>
</context>
<context>
    <name>Pactbench::MatcherForm</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{&quot;rules&quot;: [{&quot;match&quot;: &quot;regex&quot;, &quot;regex&quot;: &quot;…&quot;}]}</source>
        <translation>{&quot;rules&quot;: [{&quot;match&quot;: &quot;regex&quot;, &quot;regex&quot;: &quot;…&quot;}]}</translation>
    </message>
    <message>
        <source>Matcher &amp;type:</source>
        <translation>Matcher-&amp;Typ:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression:</source>
        <translation>Regulärer &amp;Ausdruck:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum length:</source>
        <translation>Mi&amp;nimale Länge:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum length:</source>
        <translation>Ma&amp;ximale Länge:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Attributes (JSON):</source>
        <translation>A&amp;ttribute (JSON):</translation>
    </message>
</context>
<context>
    <name>Pactbench::MatchingRulesEditor</name>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>$.items[*].id, a header or a parameter name</source>
        <translation>$.items[*].id, ein Header- oder Parametername</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>Pf&amp;ad:</translation>
    </message>
    <message>
        <source>C&amp;ombine:</source>
        <translation>&amp;Verknüpfung:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Spielwiese</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Add the form as a new matcher</source>
        <translation>Das Formular als neuen Matcher hinzufügen</translation>
    </message>
    <message>
        <source>Change the rule named above to what the form shows</source>
        <translation>Die oben genannte Regel so ändern, wie das Formular sie zeigt</translation>
    </message>
    <message>
        <source>No rule selected: Add makes a new rule from the form.</source>
        <translation>Keine Regel ausgewählt: Hinzufügen legt aus dem Formular eine neue Regel an.</translation>
    </message>
    <message>
        <source>Editing rule %1 of %2</source>
        <translation>Bearbeitet Regel %1 von %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::MatrixTableModel</name>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Pact: %1 (double-click to open)</source>
        <translation>Pact: %1 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Verification: %1 (double-click to open)</source>
        <translation>Verifikation: %1 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Ignored; the verification itself: %1</source>
        <translation>Ignoriert; die Verifikation selbst: %1</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Consumer version</source>
        <translation>Consumer-Version</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Provider version</source>
        <translation>Provider-Version</translation>
    </message>
    <message>
        <source>Pact published</source>
        <translation>Pact veröffentlicht</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation>Warum blockiert</translation>
    </message>
</context>
<context>
    <name>Pactbench::MessagePartEditor</name>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>Metadaten-Schlüssel</translation>
    </message>
    <message>
        <source>Value (JSON or text)</source>
        <translation>Wert (JSON oder Text)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Add Response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Add a response message to this synchronous exchange</source>
        <translation>Diesem synchronen Austausch eine Antwortnachricht hinzufügen</translation>
    </message>
    <message>
        <source>Remove Response</source>
        <translation>Antwort entfernen</translation>
    </message>
    <message>
        <source>Remove the selected response message</source>
        <translation>Die gewählte Antwortnachricht entfernen</translation>
    </message>
    <message>
        <source>Add response message</source>
        <translation>Antwortnachricht hinzufügen</translation>
    </message>
    <message>
        <source>Remove response message</source>
        <translation>Antwortnachricht entfernen</translation>
    </message>
</context>
<context>
    <name>Pactbench::MockServerPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a mock server for the current pact</source>
        <translation>Einen Mock-Server für den aktuellen Pact starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>The pact changed since this server started — restart to serve the edits.</source>
        <translation>Der Pact hat sich seit dem Start dieses Servers geändert – neu starten, um die Änderungen bereitzustellen.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Pact: %1</source>
        <translation>Pact: %1</translation>
    </message>
    <message>
        <source>Select a pact to serve it.</source>
        <translation>Wählen Sie einen Pact, um ihn bereitzustellen.</translation>
    </message>
    <message>
        <source> (pact changed)</source>
        <translation> (Pact geändert)</translation>
    </message>
    <message>
        <source>No mock server running.</source>
        <translation>Kein Mock-Server läuft.</translation>
    </message>
    <message>
        <source>no mock server is selected</source>
        <translation>kein Mock-Server ausgewählt</translation>
    </message>
    <message>
        <source>Serve pact</source>
        <translation>Pact bereitstellen</translation>
    </message>
    <message>
        <source>Record (proxy to URL)</source>
        <translation>Aufzeichnen (Proxy zu URL)</translation>
    </message>
    <message>
        <source>Serve the selected pact as a mock server, or record a real provider&apos;s answers</source>
        <translation>Den gewählten Pact als Mock-Server bereitstellen oder die Antworten eines echten Providers aufzeichnen</translation>
    </message>
</context>
<context>
    <name>Pactbench::MoveInteractionCommand</name>
    <message>
        <source>Move interaction</source>
        <translation>Interaktion verschieben</translation>
    </message>
</context>
<context>
    <name>Pactbench::NetworkLegend</name>
    <message>
        <source>Integrations by the result of their latest verification: %1</source>
        <translation>Integrationen nach dem Ergebnis ihrer letzten Verifikation: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Pactbench::NewPactDialog</name>
    <message>
        <source>New Pact</source>
        <translation>Neuer Pact</translation>
    </message>
    <message>
        <source>V4 (recommended)</source>
        <translation>V4 (empfohlen)</translation>
    </message>
    <message>
        <source>V3</source>
        <translation>V3</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Consumer:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Spezifikation:</translation>
    </message>
</context>
<context>
    <name>Pactbench::OpenApiPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>OpenAPI &amp;document:</source>
        <translation>OpenAPI-&amp;Dokument:</translation>
    </message>
    <message>
        <source>A file (YAML or JSON) or an http(s) URL</source>
        <translation>Eine Datei (YAML oder JSON) oder eine http(s)-URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Read the document again and check the pact (F5)</source>
        <translation>Das Dokument neu lesen und den Pact prüfen (F5)</translation>
    </message>
    <message>
        <source>Examples only</source>
        <translation>Nur Beispiele</translation>
    </message>
    <message>
        <source>Check only the examples, as swagger-mock-validator does (no findings from matching rules)</source>
        <translation>Nur die Beispiele prüfen, wie swagger-mock-validator (keine Befunde aus Matching-Regeln)</translation>
    </message>
    <message>
        <source>Allow undeclared response properties</source>
        <translation>Nicht deklarierte Properties in Antworten erlauben</translation>
    </message>
    <message>
        <source>swagger-mock-validator&apos;s additionalPropertiesInResponse</source>
        <translation>additionalPropertiesInResponse von swagger-mock-validator</translation>
    </message>
    <message>
        <source>Enforce required response properties</source>
        <translation>Pflicht-Properties in Antworten erzwingen</translation>
    </message>
    <message>
        <source>swagger-mock-validator&apos;s requiredPropertiesInResponse</source>
        <translation>requiredPropertiesInResponse von swagger-mock-validator</translation>
    </message>
    <message>
        <source>Select a pact to check it against its provider&apos;s OpenAPI document.</source>
        <translation>Wählen Sie einen Pact, um ihn gegen das OpenAPI-Dokument seines Providers zu prüfen.</translation>
    </message>
    <message>
        <source>Choose the provider&apos;s OpenAPI document (a file or a URL).</source>
        <translation>Wählen Sie das OpenAPI-Dokument des Providers (eine Datei oder eine URL).</translation>
    </message>
    <message>
        <source>Checking against %1…</source>
        <translation>Prüfe gegen %1…</translation>
    </message>
    <message>
        <source>Cannot use the document: %1</source>
        <translation>Das Dokument ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP interaction(s) checked</source>
        <translation>
            <numerusform>%n HTTP-Interaktion geprüft</numerusform>
            <numerusform>%n HTTP-Interaktionen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message interaction(s) skipped (AsyncAPI is not supported)</source>
        <translation>
            <numerusform>%n Nachrichten-Interaktion übersprungen (AsyncAPI wird nicht unterstützt)</numerusform>
            <numerusform>%n Nachrichten-Interaktionen übersprungen (AsyncAPI wird nicht unterstützt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the document</source>
        <translation>
            <numerusform>%n Problem im Dokument</numerusform>
            <numerusform>%n Probleme im Dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAPI: %1, %2</source>
        <translation>OpenAPI: %1, %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::OpenFromBrokerDialog</name>
    <message>
        <source>Open from Pact Broker</source>
        <translation>Aus Pact Broker öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>For &amp;verification</source>
        <translation>Zur Veri&amp;fikation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 with %2.</source>
        <translation>Mit %1 verbunden (%2).</translation>
    </message>
    <message>
        <source>Select one or more pacts to open.</source>
        <translation>Wählen Sie einen oder mehrere Pacts zum Öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n pact(s)…</source>
        <translation>
            <numerusform>%n Pact wird abgerufen…</numerusform>
            <numerusform>%n Pacts werden abgerufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n pact(s) opened.</source>
        <translation>
            <numerusform>Abgebrochen; %n Pact geöffnet.</numerusform>
            <numerusform>Abgebrochen; %n Pacts geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n pact(s).</source>
        <translation>
            <numerusform>%n Pact geöffnet.</numerusform>
            <numerusform>%n Pacts geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pactbench::PactDocument</name>
    <message>
        <source>%1 (broker)</source>
        <translation>%1 (Broker)</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactFormat</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>request → 1 response</source>
        <translation>Anfrage → 1 Antwort</translation>
    </message>
    <message>
        <source>request → %1 responses</source>
        <translation>Anfrage → %1 Antworten</translation>
    </message>
    <message>
        <source>HTTP interactions</source>
        <translation>HTTP-Interaktionen</translation>
    </message>
    <message>
        <source>Asynchronous messages</source>
        <translation>Asynchrone Nachrichten</translation>
    </message>
    <message>
        <source>Synchronous messages</source>
        <translation>Synchrone Nachrichten</translation>
    </message>
    <message>
        <source>Other interactions</source>
        <translation>Andere Interaktionen</translation>
    </message>
    <message>
        <source>1 matcher</source>
        <translation>1 Matcher</translation>
    </message>
    <message>
        <source>%1 matchers</source>
        <translation>%1 Matcher</translation>
    </message>
    <message>
        <source>1 generator</source>
        <translation>1 Generator</translation>
    </message>
    <message>
        <source>%1 generators</source>
        <translation>%1 Generatoren</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeBuilder</name>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1
Specification %2
%3 load diagnostics</source>
        <translation>%1
Spezifikation %2
%3 Ladediagnosen</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source> · pending</source>
        <translation> · ausstehend</translation>
    </message>
    <message>
        <source>Pending: a failure does not fail the provider&apos;s build.</source>
        <translation>Ausstehend: Ein Fehlschlag lässt den Build des Providers nicht scheitern.</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Vorausgesetzt: %1</translation>
    </message>
    <message>
        <source>Request message</source>
        <translation>Anfragenachricht</translation>
    </message>
    <message>
        <source>Response message</source>
        <translation>Antwortnachricht</translation>
    </message>
    <message>
        <source>Response message %1</source>
        <translation>Antwortnachricht %1</translation>
    </message>
    <message>
        <source>Unsupported interaction</source>
        <translation>Nicht unterstützte Interaktion</translation>
    </message>
    <message>
        <source>Provider states</source>
        <translation>Provider-Zustände</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>Matching-Regeln</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Generatoren</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n interaction(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Interaktion · %2</numerusform>
            <numerusform>%1 · %n Interaktionen · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>more fields than the tree shows; see Raw JSON</source>
        <translation>mehr Felder, als der Baum zeigt; siehe Roh-JSON</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Being verified…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Last verification: passed</source>
        <translation>Letzte Verifikation: bestanden</translation>
    </message>
    <message>
        <source>Last verification: failed</source>
        <translation>Letzte Verifikation: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last verification: failed, but pending (does not fail the build)</source>
        <translation>Letzte Verifikation: fehlgeschlagen, aber ausstehend (lässt den Build nicht scheitern)</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeWidget</name>
    <message>
        <source>Filter by description, provider state, method or path (Ctrl+F)</source>
        <translation>Nach Beschreibung, Provider-Zustand, Methode oder Pfad filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactVersionsModel</name>
    <message>
        <source>Consumer version</source>
        <translation>Consumer-Version</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactVersionsPane</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>O&amp;ld:</source>
        <translation>A&amp;lt:</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Ne&amp;u:</translation>
    </message>
    <message>
        <source>Versions of the pact %1 → %2</source>
        <translation>Versionen des Pacts %1 → %2</translation>
    </message>
    <message>
        <source>Loading the versions of %1 → %2…</source>
        <translation>Versionen von %1 → %2 werden geladen…</translation>
    </message>
    <message>
        <source>This pact has only one version: there is nothing to compare it with.</source>
        <translation>Dieser Pact hat nur eine Version: Es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Wählen Sie zwei verschiedene Versionen.</translation>
    </message>
    <message>
        <source>Fetching versions %1 and %2…</source>
        <translation>Versionen %1 und %2 werden geholt…</translation>
    </message>
</context>
<context>
    <name>Pactbench::PacticipantsModel</name>
    <message>
        <source>Pacticipant</source>
        <translation>Pacticipant</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>Haupt-Branch</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
</context>
<context>
    <name>Pactbench::PanelDocks</name>
    <message>
        <source>Mock Server</source>
        <translation>Mock-Server</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>&amp;Mock Server</source>
        <translation>&amp;Mock-Server</translation>
    </message>
    <message>
        <source>Serve the selected pact on a local port and watch requests match or miss</source>
        <translation>Den gewählten Pact auf einem lokalen Port bereitstellen und verfolgen, welche Anfragen passen und welche nicht</translation>
    </message>
    <message>
        <source>&amp;Verify Provider</source>
        <translation>&amp;Provider verifizieren</translation>
    </message>
    <message>
        <source>Replay the selected pact against a running provider and compare its answers</source>
        <translation>Den gewählten Pact gegen einen laufenden Provider abspielen und seine Antworten vergleichen</translation>
    </message>
    <message>
        <source>OpenAPI</source>
        <translation>OpenAPI</translation>
    </message>
    <message>
        <source>Check Against &amp;OpenAPI…</source>
        <translation>Gegen &amp;OpenAPI prüfen…</translation>
    </message>
    <message>
        <source>Check the selected pact against the provider&apos;s OpenAPI document</source>
        <translation>Den ausgewählten Pact gegen das OpenAPI-Dokument des Providers prüfen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Make a new pact from a HAR file, curl command lines, WireMock mappings or a Postman collection, with the matchers proposed for review</source>
        <translation>Einen neuen Pact aus einer HAR-Datei, curl-Befehlszeilen, WireMock-Mappings oder einer Postman-Collection erstellen, mit vorgeschlagenen Matchern zur Prüfung</translation>
    </message>
</context>
<context>
    <name>Pactbench::ProposalModel</name>
    <message>
        <source>no matchers proposed</source>
        <translation>keine Matcher vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matcher(s) accepted</source>
        <translation>
            <numerusform>%1 von %n Matcher angenommen</numerusform>
            <numerusform>%1 von %n Matchern angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Interaction / side</source>
        <translation>Interaktion / Seite</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Pactbench::ProposalReviewDialog</name>
    <message>
        <source>Review Captured Interactions</source>
        <translation>Aufgezeichnete Interaktionen prüfen</translation>
    </message>
    <message>
        <source>Tick the interactions to add and the matchers to accept. A rejected matcher leaves the recorded value exact. Double-click a description to edit it.</source>
        <translation>Haken Sie die hinzuzufügenden Interaktionen und die anzunehmenden Matcher an. Ein abgelehnter Matcher lässt den aufgezeichneten Wert exakt. Doppelklicken Sie auf eine Beschreibung, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Exact values only (no matchers)</source>
        <translation>Nur exakte Werte (keine Matcher)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Add to Pact</source>
        <translation>Zum Pact hinzufügen</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Hinzufügen zu</translation>
    </message>
    <message>
        <source>A new pact</source>
        <translation>Einem neuen Pact</translation>
    </message>
    <message>
        <source>Consumer:</source>
        <translation>Consumer:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Hinweise (%n)</numerusform>
            <numerusform>Hinweise (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open pact: %1</source>
        <translation>Dem offenen Pact: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) to add</source>
        <translation>
            <numerusform>%n Interaktion hinzuzufügen</numerusform>
            <numerusform>%n Interaktionen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matcher(s) accepted</source>
        <translation>
            <numerusform>%n Matcher angenommen</numerusform>
            <numerusform>%n Matcher angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>name the consumer and the provider of the new pact</source>
        <translation>benennen Sie Consumer und Provider des neuen Pacts</translation>
    </message>
</context>
<context>
    <name>Pactbench::PublishForm</name>
    <message>
        <source>Publish to the broker</source>
        <translation>Im Broker veröffentlichen</translation>
    </message>
    <message>
        <source>Publish results</source>
        <translation>Ergebnisse veröffentlichen</translation>
    </message>
    <message>
        <source>e.g. the provider&apos;s git commit</source>
        <translation>z. B. der Git-Commit des Providers</translation>
    </message>
    <message>
        <source>e.g. main</source>
        <translation>z. B. main</translation>
    </message>
    <message>
        <source>Provider version:</source>
        <translation>Provider-Version:</translation>
    </message>
    <message>
        <source>Provider branch:</source>
        <translation>Provider-Branch:</translation>
    </message>
    <message>
        <source>The broker gave no link to publish verification results for this pact.</source>
        <translation>Der Broker hat keinen Link zum Veröffentlichen von Verifikationsergebnissen für diesen Pact geliefert.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Recording provider version %1 failed: %2</source>
        <translation>Erfassen der Provider-Version %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Published: verification passed.</source>
        <translation>Veröffentlicht: Verifikation bestanden.</translation>
    </message>
    <message>
        <source>Published: verification failed.</source>
        <translation>Veröffentlicht: Verifikation fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::PublishedVerificationWindow</name>
    <message>
        <source>result unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not published by the verifier</source>
        <translation>vom Verifier nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Verification by %1</source>
        <translation>Verifikation durch %1</translation>
    </message>
    <message>
        <source>Verification by %1 · %2</source>
        <translation>Verifikation durch %1 · %2</translation>
    </message>
    <message>
        <source>The pact has no interaction with this id or description (id &apos;%1&apos;).</source>
        <translation>Der Pact hat keine Interaktion mit dieser ID oder Beschreibung (ID „%1“).</translation>
    </message>
    <message>
        <source>The verifier published no result for this interaction.</source>
        <translation>Der Verifier hat für diese Interaktion kein Ergebnis veröffentlicht.</translation>
    </message>
    <message>
        <source>The verifier did not say whether this interaction passed.</source>
        <translation>Der Verifier hat nicht angegeben, ob diese Interaktion bestanden hat.</translation>
    </message>
    <message>
        <source>Published in a shape Pactbench does not read: %1</source>
        <translation>In einer Form veröffentlicht, die Pactbench nicht liest: %1</translation>
    </message>
    <message>
        <source>The verifier published no test results: only its overall result is known.</source>
        <translation>Der Verifier hat keine Testergebnisse veröffentlicht: Nur das Gesamtergebnis ist bekannt.</translation>
    </message>
    <message>
        <source>Test results in a shape Pactbench does not read:</source>
        <translation>Testergebnisse in einer Form, die Pactbench nicht liest:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; verified the pact %3 → %1 on %4: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; hat den Pact %3 → %1 am %4 verifiziert: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verifier: %1 %2</source>
        <translation>Verifier: %1 %2</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; verified the pact %3 → %1: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; hat den Pact %3 → %1 verifiziert: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Pactbench::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Pactbench::RecordPane</name>
    <message>
        <source>Recording: point the client at %1; requests go on to %2.</source>
        <translation>Aufzeichnung: Richten Sie den Client auf %1; Anfragen gehen weiter an %2.</translation>
    </message>
    <message>
        <source>Could not start recording: %1</source>
        <translation>Aufzeichnung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Recording stopped.</source>
        <translation>Aufzeichnung beendet.</translation>
    </message>
    <message numerus="yes">
        <source>A request could not be forwarded (%n so far; its client got 502): </source>
        <translation>
            <numerusform>Eine Anfrage konnte nicht weitergeleitet werden (bisher %n; ihr Client bekam 502): </numerusform>
            <numerusform>Eine Anfrage konnte nicht weitergeleitet werden (bisher %n; ihr Client bekam 502): </numerusform>
        </translation>
    </message>
    <message>
        <source>Record real traffic: start a proxy in front of the provider and send requests through it.</source>
        <translation>Echten Verkehr aufzeichnen: Starten Sie einen Proxy vor dem Provider und senden Sie Anfragen durch ihn.</translation>
    </message>
    <message>
        <source>http://localhost:8080</source>
        <translation>http://localhost:8080</translation>
    </message>
    <message>
        <source>The provider&apos;s URL (http or https); its path is put before every request&apos;s path</source>
        <translation>Die URL des Providers (http oder https); ihr Pfad wird jedem Anfragepfad vorangestellt</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Provider URL:</source>
        <translation>Provider-URL:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Select a recorded exchange to see its request and response.</source>
        <translation>Wählen Sie einen aufgezeichneten Austausch, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Add to Pact…</source>
        <translation>Zum Pact hinzufügen…</translation>
    </message>
    <message>
        <source>Review the selected exchanges with the matchers proposed for them, then add them to the open pact or a new one</source>
        <translation>Die gewählten Austausche mit den vorgeschlagenen Matchern prüfen und dann dem offenen oder einem neuen Pact hinzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s URL, e.g. http://localhost:8080.</source>
        <translation>Geben Sie die URL des Providers ein, z. B. http://localhost:8080.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>“%1” names no host.</source>
        <translation>„%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
</context>
<context>
    <name>Pactbench::RecordedExchangeModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Pactbench::RemoveInteractionCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Pactbench::RuleLint</name>
    <message>
        <source>the path matches nothing in the body</source>
        <translation>der Pfad trifft nichts im Body</translation>
    </message>
    <message>
        <source>no such name in this part</source>
        <translation>kein solcher Name in diesem Teil</translation>
    </message>
    <message>
        <source>the example “%1” does not match its own regex %2</source>
        <translation>das Beispiel „%1“ passt nicht zu seinem eigenen regulären Ausdruck %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::RulePlayground</name>
    <message>
        <source>A value to try: 42, &quot;text&quot;, [1, 2], {&quot;a&quot;: 1} or plain text</source>
        <translation>Ein Wert zum Ausprobieren: 42, &quot;text&quot;, [1, 2], {&quot;a&quot;: 1} oder einfacher Text</translation>
    </message>
    <message>
        <source>Try &amp;value:</source>
        <translation>&amp;Wert testen:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Pact example:</source>
        <translation>Pact-Beispiel:</translation>
    </message>
    <message>
        <source>Select a rule to try it.</source>
        <translation>Wählen Sie eine Regel, um sie auszuprobieren.</translation>
    </message>
    <message>
        <source>Type a value above.</source>
        <translation>Geben Sie oben einen Wert ein.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <source>The pact has no example at this place.</source>
        <translation>Der Pact hat an dieser Stelle kein Beispiel.</translation>
    </message>
    <message>
        <source>The example</source>
        <translation>Das Beispiel</translation>
    </message>
    <message>
        <source>✔ %1 matches.</source>
        <translation>✔ %1 passt.</translation>
    </message>
</context>
<context>
    <name>Pactbench::RunningServer</name>
    <message>
        <source>(closed pact)</source>
        <translation>(geschlossener Pact)</translation>
    </message>
    <message>
        <source>%1 — starting…</source>
        <translation>%1 – startet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 – fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 – gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n interaction(s).</source>
        <translation>
            <numerusform>Stellt %n Interaktion bereit.</numerusform>
            <numerusform>Stellt %n Interaktionen bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 — stopping…</source>
        <translation>%1 – stoppt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppt…</translation>
    </message>
</context>
<context>
    <name>Pactbench::ServerSettingsForm</name>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>TLS (self-signed)</source>
        <translation>TLS (selbstsigniert)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Serve only interactions with one of the checked provider states (none checked: all)</source>
        <translation>Nur Interaktionen mit einem der angehakten Provider-Zustände bereitstellen (keiner angehakt: alle)</translation>
    </message>
    <message>
        <source>Answer CORS preflights and allow any origin</source>
        <translation>CORS-Preflights beantworten und jeden Origin erlauben</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate generated at start</source>
        <translation>HTTPS mit einem beim Start erzeugten Zertifikat bereitstellen</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>This pact has no provider states: all its HTTP interactions are served.</source>
        <translation>Dieser Pact hat keine Provider-Zustände: Alle seine HTTP-Interaktionen werden bereitgestellt.</translation>
    </message>
    <message>
        <source>Serve only the interactions with one of these provider states (none ticked: all):</source>
        <translation>Nur die Interaktionen mit einem dieser Provider-Zustände bereitstellen (keiner angehakt: alle):</translation>
    </message>
    <message>
        <source>“%1” is not an IP address (try 127.0.0.1 or 0.0.0.0)</source>
        <translation>„%1“ ist keine IP-Adresse (versuchen Sie 127.0.0.1 oder 0.0.0.0)</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetBodyCommand</name>
    <message>
        <source>Edit %1 body</source>
        <translation>%1-Body bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetGeneratorsCommand</name>
    <message>
        <source>Edit %1 generators</source>
        <translation>%1-Generatoren bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetHeadersCommand</name>
    <message>
        <source>Edit %1 headers</source>
        <translation>%1-Header bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetMatchingRulesCommand</name>
    <message>
        <source>Edit %1 matching rules</source>
        <translation>%1-Matching-Regeln bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetMetadataCommand</name>
    <message>
        <source>Edit %1 metadata</source>
        <translation>%1-Metadaten bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetProviderStatesCommand</name>
    <message>
        <source>Edit provider states</source>
        <translation>Provider-Zustände bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SetQueryCommand</name>
    <message>
        <source>Edit query</source>
        <translation>Query bearbeiten</translation>
    </message>
</context>
<context>
    <name>Pactbench::SpecCheckRunner</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::StartPage</name>
    <message>
        <source>&lt;h2&gt;Pactbench&lt;/h2&gt;&lt;p&gt;Open a pact to inspect, edit, mock or verify it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pactbench&lt;/h2&gt;&lt;p&gt;Öffnen Sie einen Pact, um ihn anzusehen, zu bearbeiten, zu mocken oder zu verifizieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Recent brokers</source>
        <translation>Zuletzt verwendete Broker</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Connect to this broker again (Open from Broker)</source>
        <translation>Erneut mit diesem Broker verbinden (Aus Broker öffnen)</translation>
    </message>
    <message>
        <source>No recent brokers yet.</source>
        <translation>Noch keine zuletzt verwendeten Broker.</translation>
    </message>
</context>
<context>
    <name>Pactbench::UsageDialog</name>
    <message>
        <source>Provider Usage</source>
        <translation>Provider-Nutzung</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Provider wählen</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Felder:</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add the pacts in a folder and its subfolders (.json files)</source>
        <translation>Die Pacts eines Ordners und seiner Unterordner hinzufügen (.json-Dateien)</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>Date&amp;ien hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the open pacts again, as edited now</source>
        <translation>Die geöffneten Pacts erneut lesen, wie sie jetzt bearbeitet sind</translation>
    </message>
    <message>
        <source>Who uses this?</source>
        <translation>Wer nutzt das?</translation>
    </message>
    <message>
        <source>Select a field to see which consumers would break if the provider left it out.</source>
        <translation>Wählen Sie ein Feld, um zu sehen, welche Consumer brächen, wenn der Provider es wegließe.</translation>
    </message>
    <message>
        <source>Consumer / interaction</source>
        <translation>Consumer / Interaktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Why it would break</source>
        <translation>Warum es bräche</translation>
    </message>
    <message>
        <source>%1: skipped, not a readable pact (%2)</source>
        <translation>%1: übersprungen, kein lesbarer Pact (%2)</translation>
    </message>
    <message>
        <source>%1: no .json files</source>
        <translation>%1: keine .json-Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n open pact(s)</source>
        <translation>
            <numerusform>%n geöffneter Pact</numerusform>
            <numerusform>%n geöffnete Pacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pact file(s) added</source>
        <translation>
            <numerusform>%n Pact-Datei hinzugefügt</numerusform>
            <numerusform>%n Pact-Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No pacts yet: open pacts in the window, or add a folder or files.</source>
        <translation>Noch keine Pacts: Öffnen Sie Pacts im Fenster oder fügen Sie einen Ordner oder Dateien hinzu.</translation>
    </message>
    <message>
        <source>The pacts name several providers: choose one.</source>
        <translation>Die Pacts nennen mehrere Provider: Wählen Sie einen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 relied on by %n consumer(s).</source>
        <translation>
            <numerusform>%1: %2, genutzt von %n Consumer.</numerusform>
            <numerusform>%1: %2, genutzt von %n Consumern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation>%1 wird von %2 genutzt.</translation>
    </message>
    <message>
        <source>Nothing would break if %1 left it out: every example answer without it still matches its pact.</source>
        <translation>Nichts bräche, wenn %1 es wegließe: Jede Beispielantwort ohne es passt weiterhin zu ihrem Pact.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>If %1 left it out, %n consumer(s) would break:</source>
        <translation>
            <numerusform>Wenn %1 es wegließe, bräche %n Consumer:</numerusform>
            <numerusform>Wenn %1 es wegließe, brächen %n Consumer:</numerusform>
        </translation>
    </message>
    <message>
        <source>It is matched by %1.</source>
        <translation>Es wird abgeglichen nach %1.</translation>
    </message>
    <message>
        <source>It is below %1, matched by %2.</source>
        <translation>Es liegt unter %1, abgeglichen nach %2.</translation>
    </message>
    <message>
        <source>From &amp;Broker…</source>
        <translation>Aus &amp;Broker…</translation>
    </message>
    <message>
        <source>Open pacts from a Pact Broker (e.g. all pacts a provider must verify): they join this view</source>
        <translation>Pacts aus einem Pact Broker öffnen (z. B. alle, die ein Provider verifizieren muss): Sie kommen in diese Ansicht</translation>
    </message>
</context>
<context>
    <name>Pactbench::UsageModel</name>
    <message numerus="yes">
        <source>Used by %n consumer(s)</source>
        <translation>
            <numerusform>Genutzt von %n Consumer</numerusform>
            <numerusform>Genutzt von %n Consumern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n interaction part(s)</source>
        <translation>
            <numerusform>in %n Interaktionsteil</numerusform>
            <numerusform>in %n Interaktionsteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used by this consumer</source>
        <translation>Von diesem Consumer nicht genutzt</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 — %4</source>
        <translation>„%1“ (%2): %3 – %4</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Response status, headers and body fields, message metadata and contents fields</source>
        <translation>Antwortstatus, Header- und Body-Felder, Nachrichten-Metadaten und Inhaltsfelder</translation>
    </message>
    <message>
        <source>Consumer %1, from %2</source>
        <translation>Consumer %1, aus %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerdictView</name>
    <message>
        <source>Double-click a reason to select its row in the matrix</source>
        <translation>Doppelklick auf einen Grund wählt seine Zeile in der Matrix aus</translation>
    </message>
    <message>
        <source>? Unknown: the broker cannot say yet</source>
        <translation>? Unbekannt: Der Broker kann es noch nicht sagen</translation>
    </message>
    <message>
        <source>✓ Deployable</source>
        <translation>✓ Deploybar</translation>
    </message>
    <message>
        <source>✗ Not deployable</source>
        <translation>✗ Nicht deploybar</translation>
    </message>
    <message>
        <source>%1
What if: %2</source>
        <translation>%1
Was wäre, wenn: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationOpener</name>
    <message>
        <source>Open Verification</source>
        <translation>Verifikation öffnen</translation>
    </message>
    <message>
        <source>The verification result at %1 could not be fetched.</source>
        <translation>Das Verifikationsergebnis unter %1 konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The pact at %1, which the verification checked, could not be fetched.</source>
        <translation>Der Pact unter %1, den die Verifikation geprüft hat, konnte nicht abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationPactsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not pending</source>
        <translation>nicht ausstehend</translation>
    </message>
    <message>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <source>Pact</source>
        <translation>Pact</translation>
    </message>
    <message>
        <source>Selected because</source>
        <translation>Ausgewählt, weil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationPage</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>Abruf&amp;en</translation>
    </message>
    <message>
        <source>The broker&apos;s notices for the selected pacts appear here.</source>
        <translation>Die Hinweise des Brokers zu den gewählten Pacts erscheinen hier.</translation>
    </message>
    <message>
        <source>Fetching the pacts for verification of %1…</source>
        <translation>Pacts zur Verifikation von %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>The broker has no pacts to verify for %1 with these selectors.</source>
        <translation>Der Broker hat für %1 mit diesen Selektoren keine Pacts zu verifizieren.</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationPanel</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Fehlgeschlagene erneut ausführen</translation>
    </message>
    <message>
        <source>Re-run this interaction</source>
        <translation>Diese Interaktion erneut ausführen</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation>JUnit exportieren…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2</source>
        <translation>Wird verifiziert… %1 von %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 pending failures (%5 ms)</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Fehler, %4 ausstehende Fehlschläge (%5 ms)</translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Gestoppt: </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Export JUnit</source>
        <translation>JUnit exportieren</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationResultsModel</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>pending (failed)</source>
        <translation>ausstehend (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>: not called (no state-change URL)</source>
        <translation>: nicht aufgerufen (keine Zustandswechsel-URL)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationRun</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerificationSelectorsForm</name>
    <message>
        <source>e.g. main (needed for matching branch and pending)</source>
        <translation>z. B. main (nötig für passenden Branch und ausstehende Pacts)</translation>
    </message>
    <message>
        <source>Consumer version selectors</source>
        <translation>Consumer-Versionsselektoren</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>Haupt-Branch</translation>
    </message>
    <message>
        <source>Deployed or released</source>
        <translation>Deployt oder freigegeben</translation>
    </message>
    <message>
        <source>Matching branch (named like the provider branch)</source>
        <translation>Passender Branch (benannt wie der Provider-Branch)</translation>
    </message>
    <message>
        <source>tags, comma separated (legacy)</source>
        <translation>Tags, kommagetrennt (veraltet)</translation>
    </message>
    <message>
        <source>latest of each tag</source>
        <translation>neuester je Tag</translation>
    </message>
    <message>
        <source>Latest pact of each consumer</source>
        <translation>Neuester Pact jedes Consumers</translation>
    </message>
    <message>
        <source>Include pending status</source>
        <translation>Status „ausstehend“ einbeziehen</translation>
    </message>
    <message>
        <source>Include WIP pacts since</source>
        <translation>WIP-Pacts einbeziehen seit</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <source>Provider &amp;branch:</source>
        <translation>Provider-Bra&amp;nch:</translation>
    </message>
    <message>
        <source>Enter the provider whose pacts to verify.</source>
        <translation>Geben Sie den Provider ein, dessen Pacts verifiziert werden sollen.</translation>
    </message>
    <message>
        <source>“Matching branch” needs the provider branch.</source>
        <translation>„Passender Branch“ benötigt den Provider-Branch.</translation>
    </message>
    <message>
        <source>WIP pacts need the provider branch.</source>
        <translation>WIP-Pacts benötigen den Provider-Branch.</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerifySettings</name>
    <message>
        <source>The provider base URL is not an http(s) URL.</source>
        <translation>Die Basis-URL des Providers ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The state-change URL is not an http(s) URL.</source>
        <translation>Die Zustandswechsel-URL ist keine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>Pactbench::VerifySettingsForm</name>
    <message>
        <source>e.g. http://127.0.0.1:8080/_pact/state</source>
        <translation>z. B. http://127.0.0.1:8080/_pact/state</translation>
    </message>
    <message>
        <source>Call it again to tear down</source>
        <translation>Zum Abbauen erneut aufrufen</translation>
    </message>
    <message>
        <source>e.g. /_pact/message (empty: the base URL)</source>
        <translation>z. B. /_pact/message (leer: die Basis-URL)</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Name: value, one per line. Authorization, cookies and tokens are never saved.</source>
        <translation>Name: Wert, einer pro Zeile. Authorization, Cookies und Tokens werden nie gespeichert.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Provider base URL:</source>
        <translation>Provider-Basis-URL:</translation>
    </message>
    <message>
        <source>State-change URL:</source>
        <translation>Zustandswechsel-URL:</translation>
    </message>
    <message>
        <source>Message path:</source>
        <translation>Nachrichtenpfad:</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Description filter:</source>
        <translation>Beschreibungsfilter:</translation>
    </message>
    <message>
        <source>State filter:</source>
        <translation>Zustandsfilter:</translation>
    </message>
    <message>
        <source>Consumer filter:</source>
        <translation>Consumer-Filter:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Anfrage-Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>Pactbench::WhatIfPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>version, then Return</source>
        <translation>Version, dann Eingabetaste</translation>
    </message>
    <message>
        <source>What if the broker &amp;ignored:</source>
        <translation>Was wäre, wenn der Broker &amp;ignorierte:</translation>
    </message>
    <message>
        <source>What if this one were at another &amp;version:</source>
        <translation>Was wäre, wenn dieser eine andere &amp;Version hätte:</translation>
    </message>
    <message>
        <source>ignoring %1</source>
        <translation>%1 ignoriert</translation>
    </message>
    <message>
        <source>with %1 %2</source>
        <translation>mit %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for Pact contract files.</source>
        <translation>Werkbank für Pact-Vertragsdateien.</translation>
    </message>
    <message>
        <source>Pact files to open.</source>
        <translation>Zu öffnende Pact-Dateien.</translation>
    </message>
    <message>
        <source>Select interaction INDEX of the first file, with its parts open.</source>
        <translation>Interaktion INDEX der ersten Datei auswählen und aufklappen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit (uses fresh settings).</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden (mit frischen Einstellungen).</translation>
    </message>
    <message>
        <source>Show editor tab NAME: general, request, response, message or rules.</source>
        <translation>Editor-Reiter NAME zeigen: general, request, response, message oder rules.</translation>
    </message>
    <message>
        <source>Show dock NAME: mock, verification, diagnostics or json (repeatable).</source>
        <translation>Dock NAME zeigen: mock, verification, diagnostics oder json (wiederholbar).</translation>
    </message>
    <message>
        <source>Write to FILE whether the window fits its screen (&quot;ok&quot; or what does not fit) once shown.</source>
        <translation>Nach dem Anzeigen in DATEI schreiben, ob das Fenster auf den Bildschirm passt („ok“ oder was nicht passt).</translation>
    </message>
</context>
</TS>
