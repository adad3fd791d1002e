<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ComposeSession</name>
    <message>
        <source>Neuer Entwurf: {title}</source>
        <translation>New draft: {title}</translation>
    </message>
    <message>
        <source>Der Entwurf enthielt Bytes, die kein Text sind; sie stehen als „�“ da.</source>
        <translation>The draft held bytes that are no text; they are shown as “�”.</translation>
    </message>
    <message>
        <source>Vorlage „{id}“ nicht gefunden</source>
        <translation>Template “{id}” not found</translation>
    </message>
    <message>
        <source>Text neu erzeugt. Strg+Z holt Ihren Text zurück.</source>
        <translation>Text rebuilt from the fields. Ctrl+Z brings your text back.</translation>
    </message>
    <message>
        <source>Der Text entspricht schon den Feldern.</source>
        <translation>The text already matches the fields.</translation>
    </message>
    <message>
        <source>Antwort begonnen: {title}</source>
        <translation>Reply started: {title}</translation>
    </message>
    <message>
        <source>Rückgängig gemacht.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Der Text wird noch geprüft; gleich noch einmal, bitte.</source>
        <translation>The text is still being checked; please try again in a moment.</translation>
    </message>
    <message>
        <source>Keine Hinweise im Text.</source>
        <translation>No findings in the text.</translation>
    </message>
    <message>
        <source>Der Text hat sich inzwischen geändert; er wird neu geprüft.</source>
        <translation>The text has changed meanwhile; it is being checked again.</translation>
    </message>
    <message>
        <source>Vorschlag übernommen. Strg+Z macht es rückgängig.</source>
        <translation>Suggestion applied. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Vorschlag ins Feld „{field}“ übernommen. Strg+Z macht es rückgängig.</source>
        <translation>Suggestion applied to the field “{field}”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Hinweis in diesem Entwurf ausgeblendet (Bearbeiten → Ignorierte Hinweise wieder zeigen).</source>
        <translation>Finding hidden in this draft (Edit → Show ignored findings again).</translation>
    </message>
    <message>
        <source>In diesem Entwurf ist kein Hinweis ausgeblendet.</source>
        <translation>No finding is hidden in this draft.</translation>
    </message>
    <message>
        <source>Die ausgeblendeten Hinweise werden wieder gezeigt.</source>
        <translation>The hidden findings are shown again.</translation>
    </message>
    <message>
        <source>„{word}“ steht jetzt in Ihrem Wörterbuch.</source>
        <translation>“{word}” is in your dictionary now.</translation>
    </message>
    <message>
        <source>Regel „{rule}“ ausgeschaltet; einschalten unter Bearbeiten → Ausgeschaltete Regeln.</source>
        <translation>Rule “{rule}” turned off; turn it on again under Edit → Rules turned off.</translation>
    </message>
    <message>
        <source>Regel „{rule}“ wieder eingeschaltet.</source>
        <translation>Rule “{rule}” turned on again.</translation>
    </message>
    <message>
        <source>Nicht kopiert.</source>
        <translation>Not copied.</translation>
    </message>
    <message>
        <source>Der offene Entwurf ist gelöscht; ein neuer Entwurf ist begonnen.</source>
        <translation>The open draft is deleted; a new draft has begun.</translation>
    </message>
    <message>
        <source>Text als Datei sichern</source>
        <translation>Save text as a file</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Nicht gesichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Text gesichert unter {path}.</source>
        <translation>Text saved to {path}.</translation>
    </message>
    <message>
        <source>Ihr Text konnte nicht als Entwurf gespeichert werden ({reason}). Wenn Sie jetzt eine frühere Version zurückholen, ist er verloren.</source>
        <translation>Your text could not be saved as a draft ({reason}). If you bring back an earlier version now, it is lost.</translation>
    </message>
    <message>
        <source>Text nicht gespeichert</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <source>Ihr Text konnte nicht als Entwurf gespeichert werden ({reason}). Wenn Sie jetzt einen anderen Entwurf öffnen, ist er verloren.</source>
        <translation>Your text could not be saved as a draft ({reason}). If you open another draft now, it is lost.</translation>
    </message>
    <message>
        <source>Trotzdem wechseln</source>
        <translation>Switch anyway</translation>
    </message>
    <message>
        <source>Nicht gewechselt: Ihr Text bleibt offen.</source>
        <translation>Not switched: your text stays open.</translation>
    </message>
    <message>
        <source>Ihr Text konnte nicht als Entwurf gespeichert werden. Wenn Sie jetzt beenden, ist er verloren.</source>
        <translation>Your text could not be saved as a draft. If you quit now, it is lost.</translation>
    </message>
    <message>
        <source>Als Textdatei sichern …</source>
        <translation>Save as a text file …</translation>
    </message>
    <message>
        <source>Trotzdem beenden</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CopyQuestion</name>
    <message>
        <source>Noch nicht fertig</source>
        <translation>Not finished yet</translation>
    </message>
    <message>
        <source>Trotzdem &amp;kopieren</source>
        <translation>&amp;Copy anyway</translation>
    </message>
    <message>
        <source>&amp;Zurück zum Text</source>
        <translation>&amp;Back to the text</translation>
    </message>
    <message>
        <source>Diese Pflichtfelder sind noch leer:</source>
        <translation>These required fields are still empty:</translation>
    </message>
    <message>
        <source>Im Text stehen noch Platzhalter:</source>
        <translation>The text still contains placeholders:</translation>
    </message>
    <message>
        <source>Offene Knigge-Hinweise:</source>
        <translation>Open Knigge notes:</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Entwürfe</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Zuletzt geändert</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Anfang des Textes</source>
        <translation>Beginning of the text</translation>
    </message>
    <message>
        <source>Antwort auf</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <source>Noch keine Entwürfe. Jede Nachricht wird beim Schreiben gespeichert.</source>
        <translation>No drafts yet. Every message is saved while you write.</translation>
    </message>
    <message>
        <source>In allen Entwürfen suchen …</source>
        <translation>Search all drafts …</translation>
    </message>
    <message>
        <source>Entwürfe durchsuchen</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <source>Papierkorb (30 Tage)</source>
        <translation>Trash (30 days)</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Importieren …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Umbenennen (F2)</source>
        <translation>Rename (F2)</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Löschen (Entf)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Löschen rückgängig</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Den zuletzt gelöschten Entwurf zurückholen (Strg+Z)</source>
        <translation>Bring back the draft deleted last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gelöscht am</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Antwort auf:
{received}</source>
        <translation>Reply to:
{received}</translation>
    </message>
    <message>
        <source>Der Papierkorb ist leer.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Kein Entwurf enthält diese Wörter.</source>
        <translation>No draft contains these words.</translation>
    </message>
    <message>
        <source>Die {n} besten Treffer; weitere Wörter grenzen ein.</source>
        <translation>The {n} best matches; more words narrow the search.</translation>
    </message>
    <message>
        <source>Entwurf umbenennen</source>
        <translation>Rename draft</translation>
    </message>
    <message>
        <source>Neuer Titel:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>Offenen Entwurf löschen?</source>
        <translation>Delete the open draft?</translation>
    </message>
    <message>
        <source>„{title}“ ist gerade im Fenster geöffnet. Löschen Sie ihn, beginnt das Fenster einen neuen Entwurf. Mit Strg+Z holen Sie ihn zurück.</source>
        <translation>“{title}” is open in the window. If you delete it, the window starts a new draft. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>„{title}“ gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>“{title}” deleted. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Entwurf wiederhergestellt.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <source>Entwürfe importieren</source>
        <translation>Import drafts</translation>
    </message>
    <message>
        <source>JSON-Dateien (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Entwürfe exportieren</source>
        <translation>Export drafts</translation>
    </message>
</context>
<context>
    <name>DraftsService</name>
    <message>
        <source>Ihr Text geht nicht verloren: er wird als neuer Entwurf gespeichert; als Textdatei sichern können Sie ihn auch.</source>
        <translation>Your text is not lost: it is saved as a new draft; you can also save it as a text file.</translation>
    </message>
    <message>
        <source>Die Datei {path} ließ sich nicht schreiben ({error}).</source>
        <translation>The file {path} could not be written ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n Entwürfe gesichert unter {path}.</source>
        <translation>
            <numerusform>%n draft saved to {path}.</numerusform>
            <numerusform>%n drafts saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ließ sich nicht einlesen: {error}.</source>
        <translation>{file} could not be read: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>%n Entwürfe eingelesen</source>
        <translation>
            <numerusform>%n draft imported</numerusform>
            <numerusform>%n drafts imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aus dem Papierkorb zurückgeholt</source>
        <translation>
            <numerusform>%n brought back from the trash</numerusform>
            <numerusform>%n brought back from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n übersprungen</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waren schon da</source>
        <translation>
            <numerusform>%n was already there</numerusform>
            <numerusform>%n were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>und %n weitere</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Ein interner Fehler ist aufgetreten; die letzte Aktion wurde nicht ausgeführt. Ihr Text ist noch im Fenster. Details stehen im Protokoll: {log}</source>
        <translation>An internal error happened; the last action was not carried out. Your text is still in the window. Details are in the log: {log}</translation>
    </message>
</context>
<context>
    <name>EtiquetteService</name>
    <message>
        <source>{file}, Zeile {line}</source>
        <translation>{file}, line {line}</translation>
    </message>
    <message>
        <source>Eine Knigge-Regel wurde übersprungen: {error}</source>
        <translation>An etiquette rule was skipped: {error}</translation>
    </message>
    <message>
        <source>Der Text hat {n} Zeichen; die Knigge-Prüfung läuft wieder, sobald er kürzer als {limit} Zeichen ist.</source>
        <translation>The text has {n} characters; the etiquette check runs again once it is shorter than {limit} characters.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Diese Vorlage hat keine Felder.</source>
        <translation>This template has no fields.</translation>
    </message>
    <message>
        <source>{label} (Pflichtfeld)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>{star} Pflichtfeld</source>
        <translation>{star} required</translation>
    </message>
    <message>
        <source>einfügen</source>
        <translation>include</translation>
    </message>
</context>
<context>
    <name>FindingsDisplay</name>
    <message>
        <source>Keine Regel ausgeschaltet</source>
        <translation>No rule turned off</translation>
    </message>
    <message>
        <source>Einschalten: {rule}</source>
        <translation>Turn on: {rule}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Fehler</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnungen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>„{flagged}“: {message}</source>
        <translation>“{flagged}”: {message}</translation>
    </message>
    <message>
        <source>Knigge-Hinweise</source>
        <translation>Etiquette findings</translation>
    </message>
    <message>
        <source>Diesen Hinweis in diesem Entwurf nicht mehr zeigen</source>
        <translation>Stop showing this finding in this draft</translation>
    </message>
    <message>
        <source>Vorschlag &amp;übernehmen</source>
        <translation>&amp;Apply suggestion</translation>
    </message>
    <message>
        <source>Hier &amp;ignorieren</source>
        <translation>&amp;Ignore here</translation>
    </message>
    <message>
        <source>Regel a&amp;usschalten</source>
        <translation>Turn rule &amp;off</translation>
    </message>
    <message>
        <source>Diese Regel in allen Entwürfen ausschalten</source>
        <translation>Turn this rule off in all drafts</translation>
    </message>
    <message>
        <source>{finding} ({n}×)</source>
        <translation>{finding} ({n}×)</translation>
    </message>
    <message>
        <source>✓ Keine Hinweise: Die Nachricht folgt dem Knigge.</source>
        <translation>✓ No findings: the message follows the etiquette.</translation>
    </message>
    <message>
        <source>Keine Hinweise ({n} ausgeblendet)</source>
        <translation>No findings ({n} hidden)</translation>
    </message>
    <message>
        <source>Keine Hinweise</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>{n} zu beachten</source>
        <translation>{n} to address</translation>
    </message>
    <message>
        <source>1 Hinweis</source>
        <translation>1 hint</translation>
    </message>
    <message>
        <source>{n} Hinweise</source>
        <translation>{n} hints</translation>
    </message>
    <message>
        <source>{n} ausgeblendet</source>
        <translation>{n} hidden</translation>
    </message>
    <message>
        <source> – aber der Text ist länger, als die Plattform erlaubt.</source>
        <translation> – but the text is longer than the platform allows.</translation>
    </message>
    <message>
        <source>Wählen Sie einen Hinweis, um zu sehen, warum er wichtig ist.</source>
        <translation>Choose a finding to see why it matters.</translation>
    </message>
    <message>
        <source>„{suggestion}“ &amp;übernehmen</source>
        <translation>&amp;Use “{suggestion}”</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Ersetzen durch:
{suggestion}</source>
        <translation>Replace with:
{suggestion}</translation>
    </message>
    <message>
        <source>Die markierte Stelle entfernen</source>
        <translation>Remove the marked words</translation>
    </message>
</context>
<context>
    <name>GrammarDialog</name>
    <message>
        <source>Auf diesem Rechner (LanguageTool lokal, empfohlen)</source>
        <translation>On this computer (local LanguageTool, recommended)</translation>
    </message>
    <message>
        <source>Eigener LanguageTool-Server</source>
        <translation>Own LanguageTool server</translation>
    </message>
    <message>
        <source>Aus</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>⚠ Ihr Text wird dann zur Prüfung an diesen Server geschickt und verlässt den Rechner.</source>
        <translation>⚠ Your text is then sent to this server to be checked and leaves your computer.</translation>
    </message>
    <message>
        <source>Grammatik und Rechtschreibung</source>
        <translation>Grammar and spelling</translation>
    </message>
    <message>
        <source>Vorhandenen Ordner wählen …</source>
        <translation>Choose an existing folder …</translation>
    </message>
    <message>
        <source>LanguageTool {version} kommt als ZIP-Datei (etwa {mb} MB, entpackt etwa {unpacked_mb} MB in Ihrem Datenordner) von {host}, wo das Projekt language-tool-python eine Kopie der LanguageTool-Dateien bereithält, nicht von languagetool.org. Vor dem Entpacken wird die SHA-256-Prüfsumme mit der von language-tool-python verglichen; eine Datei, die nicht passt, wird gelöscht. Beim Prüfen braucht LanguageTool bis zu etwa {memory_mb} MB Arbeitsspeicher und Java 17 oder neuer.</source>
        <translation>LanguageTool {version} comes as a ZIP file (about {mb} MB, about {unpacked_mb} MB unpacked in your data folder) from {host}, where the language-tool-python project keeps a copy of the LanguageTool files, not from languagetool.org. Before unpacking, its SHA-256 checksum is compared with language-tool-python&apos;s; a file that does not match is deleted. While checking, LanguageTool needs up to about {memory_mb} MB of memory and Java 17 or newer.</translation>
    </message>
    <message>
        <source>https://languagetool.meine-firma.de</source>
        <translation>https://languagetool.example.com</translation>
    </message>
    <message>
        <source>wird im Schlüsselbund des Systems gespeichert</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Österreich</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Schweiz</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Pingelig prüfen (auch Stil und Feinheiten)</source>
        <translation>Picky check (style and fine points too)</translation>
    </message>
    <message>
        <source>✗ LanguageTool ist noch nicht heruntergeladen</source>
        <translation>✗ LanguageTool is not downloaded yet</translation>
    </message>
    <message>
        <source>Noch einmal versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>LanguageTool herunterladen (etwa {mb} MB) …</source>
        <translation>Download LanguageTool (about {mb} MB) …</translation>
    </message>
    <message>
        <source>Server-Adresse:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Premium-Name:</source>
        <translation>Premium user name:</translation>
    </message>
    <message>
        <source>API-Schlüssel:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Sprachvariante:</source>
        <translation>Variant of German:</translation>
    </message>
    <message>
        <source>LanguageTool-Ordner wählen</source>
        <translation>Choose the LanguageTool folder</translation>
    </message>
    <message>
        <source>LanguageTool wird neu gestartet …</source>
        <translation>Restarting LanguageTool …</translation>
    </message>
    <message>
        <source>LanguageTool wird heruntergeladen und geprüft …</source>
        <translation>Downloading and verifying LanguageTool …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>LanguageTool herunterladen</source>
        <translation>Download LanguageTool</translation>
    </message>
    <message>
        <source>LanguageTool: {done} von {total} MB</source>
        <translation>LanguageTool: {done} of {total} MB</translation>
    </message>
    <message>
        <source>✓ heruntergeladen und geprüft: {jar}</source>
        <translation>✓ downloaded and verified: {jar}</translation>
    </message>
    <message>
        <source>✗ Herunterladen abgebrochen; nichts wurde gespeichert.</source>
        <translation>✗ Download cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>API-Schlüssel nicht gespeichert</source>
        <translation>API key not saved</translation>
    </message>
    <message>
        <source>{reason}

Der Schlüssel gilt nur bis zum Beenden und wird nie in eine Datei geschrieben. Richten Sie einen Schlüsselbund ein (z. B. GNOME Keyring oder KWallet), damit er bleibt.</source>
        <translation>{reason}

The key is used only until you quit and is never written to a file. Set up a keyring (e.g. GNOME Keyring or KWallet) to keep it.</translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <source>LanguageTool startet …</source>
        <translation>LanguageTool is starting …</translation>
    </message>
    <message>
        <source>Grammatik aus: kein Server eingetragen</source>
        <translation>Grammar check off: no server entered</translation>
    </message>
    <message>
        <source>Grammatik aus: Server antwortet nicht</source>
        <translation>Grammar check off: the server does not answer</translation>
    </message>
    <message>
        <source>Grammatik aus: Premium-Zugang prüfen</source>
        <translation>Grammar check off: please check the Premium account</translation>
    </message>
    <message>
        <source>Grammatik aus: kein passendes Java</source>
        <translation>Grammar check off: no suitable Java found</translation>
    </message>
    <message>
        <source>Grammatik aus: LanguageTool fehlt noch</source>
        <translation>Grammar check off: LanguageTool is not installed yet</translation>
    </message>
    <message>
        <source>Grammatik aus: Einstellungen prüfen</source>
        <translation>Grammar check off: please check the settings</translation>
    </message>
    <message>
        <source>Grammatik: ausgeschaltet</source>
        <translation>Grammar check: switched off</translation>
    </message>
    <message>
        <source>Grammatik aus: LanguageTool läuft nicht</source>
        <translation>Grammar check off: LanguageTool is not running</translation>
    </message>
    <message>
        <source>Grammatik aus – einrichten …</source>
        <translation>Grammar check off – set up …</translation>
    </message>
    <message>
        <source>bereit (auf diesem Rechner)</source>
        <translation>ready (on this computer)</translation>
    </message>
    <message>
        <source>bereit (Server; der Text verlässt den Rechner)</source>
        <translation>ready (server; the text leaves this computer)</translation>
    </message>
    <message>
        <source>bereit (Premium; der Text verlässt den Rechner)</source>
        <translation>ready (Premium; the text leaves this computer)</translation>
    </message>
    <message>
        <source>bereit</source>
        <translation>ready</translation>
    </message>
</context>
<context>
    <name>GrammarSetup</name>
    <message>
        <source>Java {major} gefunden ({path}).</source>
        <translation>Java {major} found ({path}).</translation>
    </message>
    <message>
        <source>Beim Herunterladen ist ein unerwarteter Fehler aufgetreten; nichts wurde gespeichert. Versuchen Sie es noch einmal.</source>
        <translation>An unexpected error happened while downloading; nothing was kept. Please try again.</translation>
    </message>
</context>
<context>
    <name>LimitMeter</name>
    <message>
        <source>Länge der Nachricht</source>
        <translation>Length of the message</translation>
    </message>
    <message>
        <source>keine Plattform gewählt</source>
        <translation>no platform chosen</translation>
    </message>
    <message>
        <source>{length} Zeichen</source>
        <translation>{length} characters</translation>
    </message>
    <message>
        <source>{where}: keine bekannte Längengrenze für diese Nachricht.</source>
        <translation>{where}: no known length limit for this message.</translation>
    </message>
    <message>
        <source>noch {n} Zeichen frei</source>
        <translation>{n} characters left</translation>
    </message>
    <message>
        <source>{n} Zeichen zu lang</source>
        <translation>{n} characters too long</translation>
    </message>
    <message>
        <source>{platform} erlaubt für „{kind}“ {limit} Zeichen; {rest}. Emoji zählen dort meist doppelt.</source>
        <translation>{platform} allows {limit} characters for “{kind}”; {rest}. Emoji usually count twice there.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vorlagen</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Neuer Entwurf aus &amp;Vorlage</source>
        <translation>New draft from &amp;template</translation>
    </message>
    <message>
        <source>&amp;Entwürfe …</source>
        <translation>&amp;Drafts …</translation>
    </message>
    <message>
        <source>Entwürfe &amp;importieren …</source>
        <translation>&amp;Import drafts …</translation>
    </message>
    <message>
        <source>Entwürfe e&amp;xportieren …</source>
        <translation>E&amp;xport drafts …</translation>
    </message>
    <message>
        <source>Auf Nachricht &amp;antworten …</source>
        <translation>&amp;Reply to a message …</translation>
    </message>
    <message>
        <source>&amp;Frühere Versionen …</source>
        <translation>Earlier &amp;versions …</translation>
    </message>
    <message>
        <source>Text &amp;kopieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Nächster Hinweis</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <source>&amp;Vorheriger Hinweis</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <source>Text aus &amp;Feldern neu erzeugen</source>
        <translation>Rebuild the text from the &amp;fields</translation>
    </message>
    <message>
        <source>&amp;Ignorierte Hinweise wieder zeigen</source>
        <translation>Show &amp;ignored findings again</translation>
    </message>
    <message>
        <source>&amp;Ausgeschaltete Regeln</source>
        <translation>Rules turned &amp;off</translation>
    </message>
    <message>
        <source>&amp;Grammatik und Rechtschreibung …</source>
        <translation>&amp;Grammar and spelling …</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>&amp;Neue Vorlage …</source>
        <translation>&amp;New template …</translation>
    </message>
    <message>
        <source>Vorlage &amp;duplizieren …</source>
        <translation>&amp;Duplicate template …</translation>
    </message>
    <message>
        <source>Vorlage &amp;bearbeiten …</source>
        <translation>&amp;Edit template …</translation>
    </message>
    <message>
        <source>Vorlage &amp;importieren …</source>
        <translation>&amp;Import template …</translation>
    </message>
    <message>
        <source>Vorlage e&amp;xportieren …</source>
        <translation>E&amp;xport template …</translation>
    </message>
    <message>
        <source>Vorlage &amp;löschen</source>
        <translation>De&amp;lete template</translation>
    </message>
    <message>
        <source>&amp;Felder</source>
        <translation>&amp;Fields</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Hinweise</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel …</source>
        <translation>&amp;Keyboard shortcuts …</translation>
    </message>
    <message>
        <source>Ü&amp;ber Knigge Desktop</source>
        <translation>&amp;About Knigge Desktop</translation>
    </message>
    <message>
        <source>✓ Kopiert: {n} Zeichen in der Zwischenablage.</source>
        <translation>✓ Copied: {n} characters on the clipboard.</translation>
    </message>
    <message>
        <source>✓ Kopiert</source>
        <translation>✓ Copied</translation>
    </message>
    <message>
        <source>Interner Fehler</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <source>Nicht beendet.</source>
        <translation>Not quit.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>„{suggestion}“ übernehmen</source>
        <translation>Use “{suggestion}”</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>„{word}“ zum Wörterbuch hinzufügen</source>
        <translation>Add “{word}” to the dictionary</translation>
    </message>
    <message>
        <source>Hier ignorieren: {message}</source>
        <translation>Ignore here: {message}</translation>
    </message>
    <message>
        <source>Regel „{rule}“ ausschalten</source>
        <translation>Turn rule “{rule}” off</translation>
    </message>
</context>
<context>
    <name>ReceivedPanel</name>
    <message>
        <source>Erhaltene Nachricht</source>
        <translation>Received message</translation>
    </message>
    <message>
        <source>Antwort auf: {who} ({kind})</source>
        <translation>Reply to: {who} ({kind})</translation>
    </message>
    <message>
        <source>Antwort auf die erhaltene Nachricht</source>
        <translation>Reply to the received message</translation>
    </message>
    <message>
        <source>Die erhaltene Nachricht zeigen oder einklappen</source>
        <translation>Show or fold away the received message</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Antwort auf eine erhaltene Nachricht</source>
        <translation>Reply to a received message</translation>
    </message>
    <message>
        <source>Fügen Sie die Nachricht ein, die Sie erhalten haben. Sie wird nur auf diesem Rechner gelesen und mit Ihrer Antwort gespeichert.</source>
        <translation>Paste the message you received. It is read on this computer only and saved with your reply.</translation>
    </message>
    <message>
        <source>Erhaltene Nachricht</source>
        <translation>Received message</translation>
    </message>
    <message>
        <source>Die erhaltene Nachricht hier einfügen (Strg+V) …</source>
        <translation>Paste the received message here (Ctrl+V) …</translation>
    </message>
    <message>
        <source>Passende Vorlagen – ein Klick beginnt die Antwort:</source>
        <translation>Fitting templates – one click starts the reply:</translation>
    </message>
    <message>
        <source>Wird gelesen …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <source>Noch keine Nachricht eingefügt.</source>
        <translation>No message pasted yet.</translation>
    </message>
    <message>
        <source>nicht erkannt</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>Von: {who}</source>
        <translation>From: {who}</translation>
    </message>
    <message>
        <source>Ton: {tone}</source>
        <translation>Tone: {tone}</translation>
    </message>
    <message>
        <source>Plattform: {platform}</source>
        <translation>Platform: {platform}</translation>
    </message>
    <message>
        <source>Art: {kind}</source>
        <translation>Kind: {kind}</translation>
    </message>
    <message>
        <source>Fragt: {asks}</source>
        <translation>Asks: {asks}</translation>
    </message>
    <message>
        <source>Anliegen: {asks}</source>
        <translation>Points raised: {asks}</translation>
    </message>
    <message>
        <source>Hinweis: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Keine Vorlage passt; wählen Sie eine in der Vorlagenliste.</source>
        <translation>No template fits; choose one in the template list.</translation>
    </message>
</context>
<context>
    <name>ReplyService</name>
    <message>
        <source>HTML erkannt: gelesen wird nur der Text, ohne Auszeichnungen.</source>
        <translation>HTML found: only the text is read, without markup.</translation>
    </message>
    <message>
        <source>Steuerzeichen wurden entfernt.</source>
        <translation>Control characters were removed.</translation>
    </message>
    <message>
        <source>Die Nachricht ist sehr lang ({n} Zeichen): gelesen werden die ersten {limit} Zeichen.</source>
        <translation>The message is very long ({n} characters): the first {limit} characters are read.</translation>
    </message>
    <message>
        <source>Mit dem Entwurf gespeichert werden die ersten {limit} Zeichen.</source>
        <translation>The first {limit} characters are saved with the draft.</translation>
    </message>
    <message>
        <source>Die eingefügte Nachricht ist leer: es gibt nichts zu lesen.</source>
        <translation>The pasted message is empty: there is nothing to read.</translation>
    </message>
</context>
<context>
    <name>SaveStateButton</name>
    <message>
        <source>Speicherstand des Entwurfs</source>
        <translation>Save state of the draft</translation>
    </message>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>z. B. Jonas Becker</source>
        <translation>e.g. Jonas Becker</translation>
    </message>
    <message>
        <source>z. B. Einkauf · Becker Transport GmbH · 0561 123456</source>
        <translation>e.g. Purchasing · Becker Transport GmbH · 0561 123456</translation>
    </message>
    <message>
        <source>keine Vorgabe</source>
        <translation>none in particular</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>Eine andere Sprache gilt ab dem nächsten Start.</source>
        <translation>A new language applies from the next start.</translation>
    </message>
    <message>
        <source>Grammatik und Rechtschreibung …</source>
        <translation>Grammar and spelling …</translation>
    </message>
    <message>
        <source>Knigge-Regeln</source>
        <translation>Knigge rules</translation>
    </message>
    <message>
        <source>Si&amp;gnatur:</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>Knigge-Regeln (Haken: an)</source>
        <translation>Knigge rules (ticked: on)</translation>
    </message>
    <message>
        <source>Eigenes Wörterbuch</source>
        <translation>Personal dictionary</translation>
    </message>
    <message>
        <source>Eigenes &amp;Wörterbuch</source>
        <translation>Personal &amp;dictionary</translation>
    </message>
    <message>
        <source>Neues Wort</source>
        <translation>New word</translation>
    </message>
    <message>
        <source>Neues Wort für das Wörterbuch</source>
        <translation>New word for the dictionary</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Wort &amp;entfernen</source>
        <translation>&amp;Remove word</translation>
    </message>
    <message>
        <source>Das Wörterbuch ist voll (höchstens {limit} Wörter); entfernen Sie erst ein Wort.</source>
        <translation>The dictionary is full (at most {limit} words); remove a word first.</translation>
    </message>
    <message>
        <source>Die Signatur ist zu lang: {length} Zeichen, höchstens {limit} gehen. Bitte kürzen Sie sie.</source>
        <translation>The signature is too long: {length} characters, at most {limit} are allowed. Please shorten it.</translation>
    </message>
    <message>
        <source>&amp;Ihr Name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Sie oder &amp;du:</source>
        <translation>&amp;Formal or informal:</translation>
    </message>
    <message>
        <source>Übliche &amp;Plattform:</source>
        <translation>Usual &amp;platform:</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Name und Signatur gelten für neue Entwürfe.</source>
        <translation>Name and signature apply to new drafts.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Die Einstellung gilt bis zum Beenden, ließ sich aber nicht speichern ({error}).</source>
        <translation>The setting applies until you quit, but could not be saved ({error}).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Entwürfe</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Umbenennen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Löschen rückgängig</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Vorlage bearbeiten</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Vorlage verwenden</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Jeder Dialog</source>
        <translation>Any dialog</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Grammatik: startet …</source>
        <translation>Grammar: starting …</translation>
    </message>
    <message>
        <source>Grammatik- und Rechtschreibprüfung einrichten</source>
        <translation>Set up the grammar and spelling check</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Entwürfe werden nicht gespeichert – als Textdatei sichern …</source>
        <translation>Drafts are not being saved – save as a text file …</translation>
    </message>
    <message>
        <source>Zurück zum Stand mit der Vorlage „{title}“</source>
        <translation>Back to the draft as it was with the template “{title}”</translation>
    </message>
    <message>
        <source>1 Wort</source>
        <translation>1 word</translation>
    </message>
    <message>
        <source>{n} Wörter</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <source>1 Zeichen</source>
        <translation>1 character</translation>
    </message>
    <message>
        <source>{n} Zeichen</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Nicht gespeichert – als Textdatei sichern …</source>
        <translation>Not saved – save as a text file …</translation>
    </message>
    <message>
        <source>Ihr Text bleibt im Fenster; Sie können ihn als Textdatei sichern.</source>
        <translation>Your text stays in the window; you can save it as a text file.</translation>
    </message>
    <message>
        <source>Nicht eingefügt: Der Text hätte {total} Zeichen, eine Nachricht höchstens {limit}. Die Zwischenablage behält ihn.</source>
        <translation>Not pasted: the text would have {total} characters, a message at most {limit}. The clipboard keeps it.</translation>
    </message>
    <message>
        <source>Grammatik: {state}</source>
        <translation>Grammar: {state}</translation>
    </message>
    <message>
        <source>Grammatik: aus</source>
        <translation>Grammar: off</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Die nicht gespeicherte Vorlage von zuletzt ist wieder geöffnet.</source>
        <translation>The template not saved last time is open again.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>Meine Vorlage</source>
        <translation>My template</translation>
    </message>
    <message>
        <source>Ihr Anliegen</source>
        <translation>Your request</translation>
    </message>
    <message>
        <source>{title} – Kopie</source>
        <translation>{title} – copy</translation>
    </message>
    <message>
        <source>Mitgelieferte Vorlagen bleiben unverändert: Sie bearbeiten eine Kopie.</source>
        <translation>Shipped templates stay as they are: you are editing a copy.</translation>
    </message>
    <message>
        <source>Vorlage nicht lesbar: {error}</source>
        <translation>Template not readable: {error}</translation>
    </message>
    <message>
        <source>Vorlage „{title}“ gespeichert: {path}</source>
        <translation>Template “{title}” saved: {path}</translation>
    </message>
    <message>
        <source>Vorlage importieren</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Vorlagen (*.toml)</source>
        <translation>Templates (*.toml)</translation>
    </message>
    <message>
        <source>{file}, Zeile {line}</source>
        <translation>{file}, line {line}</translation>
    </message>
    <message>
        <source>Vorlage nicht importiert</source>
        <translation>Template not imported</translation>
    </message>
    <message>
        <source>Vorlage „{title}“ importiert.</source>
        <translation>Template “{title}” imported.</translation>
    </message>
    <message>
        <source>Vorlage exportieren</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Vorlage nicht exportiert</source>
        <translation>Template not exported</translation>
    </message>
    <message>
        <source>Vorlage exportiert: {path}</source>
        <translation>Template exported: {path}</translation>
    </message>
    <message>
        <source>Mitgelieferte Vorlagen lassen sich nicht löschen.</source>
        <translation>Shipped templates cannot be deleted.</translation>
    </message>
    <message>
        <source>Die Vorlage „{title}“ löschen? Entwürfe daraus bleiben erhalten.</source>
        <translation>Delete the template “{title}”? Drafts made from it stay.</translation>
    </message>
    <message>
        <source>Vorlage löschen</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Vorlage nicht gelöscht</source>
        <translation>Template not deleted</translation>
    </message>
    <message>
        <source>Vorlage „{title}“ gelöscht.</source>
        <translation>Template “{title}” deleted.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mehrzeilig</source>
        <translation>Multi-line</translation>
    </message>
    <message>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ja/Nein</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>per Sie</source>
        <translation>formal (Sie)</translation>
    </message>
    <message>
        <source>per du</source>
        <translation>informal (du)</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Beschriftung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pflicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Beispiel</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Auswahl (wert=Text; …)</source>
        <translation>Choices (value=Text; …)</translation>
    </message>
    <message>
        <source>{feld} setzt einen Wert ein, {greeting} die Anrede; {#feld}…{/feld} erscheint nur, wenn das Feld ausgefüllt ist, {^feld}…{/feld} nur, wenn nicht.</source>
        <translation>{field} inserts a value, {greeting} the salutation; {#field}…{/field} appears only when the field is filled in, {^field}…{/field} only when it is not.</translation>
    </message>
    <message>
        <source>Vorlage bearbeiten</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>Neue Vorlage</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Titel der Vorlage</source>
        <translation>Title of the template</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Wann passt die Vorlage</source>
        <translation>When the template fits</translation>
    </message>
    <message>
        <source>Felder für den Empfänger</source>
        <translation>Fields for the recipient</translation>
    </message>
    <message>
        <source>Ihr Name und Ihre Signatur</source>
        <translation>Your name and signature</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>An&amp;rede:</source>
        <translation>Form of a&amp;ddress:</translation>
    </message>
    <message>
        <source>Plattformen:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <source>&amp;Wann passend:</source>
        <translation>&amp;When it fits:</translation>
    </message>
    <message>
        <source>&amp;Empfänger-Felder:</source>
        <translation>&amp;Recipient fields:</translation>
    </message>
    <message>
        <source>Absender-Felder:</source>
        <translation>Sender fields:</translation>
    </message>
    <message>
        <source>Eigene Felder</source>
        <translation>Own fields</translation>
    </message>
    <message>
        <source>So steht das Feld im Text: {name}; nur Kleinbuchstaben, Ziffern und _.</source>
        <translation>How the field is written in the text: {name}; lower-case letters, digits and _ only.</translation>
    </message>
    <message>
        <source>Feld &amp;hinzufügen</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <source>Feld entfernen</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Text der Vorlage</source>
        <translation>Text of the template</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eigene Felder&lt;/b&gt; (dazu kommen die gewählten Gruppen)</source>
        <translation>&lt;b&gt;Own fields&lt;/b&gt; (plus the groups chosen above)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Te&amp;xt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Te&amp;xt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vorschau mit den Beispielwerten</source>
        <translation>Preview with the example values</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschau&lt;/b&gt; (mit den Beispielwerten der Felder)</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; (with the fields’ example values)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Als TOML-Datei in Ihrem Vorlagenordner speichern (Strg+S)</source>
        <translation>Save as a TOML file in your templates folder (Ctrl+S)</translation>
    </message>
    <message>
        <source>Feldtyp</source>
        <translation>Field type</translation>
    </message>
    <message>
        <source>{file} im Vorlagenordner</source>
        <translation>{file} in the templates folder</translation>
    </message>
    <message>
        <source>Begrüßung: {name}</source>
        <translation>Greeting: {name}</translation>
    </message>
    <message>
        <source>Felder: {names}</source>
        <translation>Fields: {names}</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>✓ Die Vorlage ist vollständig und kann gespeichert werden.</source>
        <translation>✓ The template is complete and can be saved.</translation>
    </message>
    <message>
        <source>Im Text als</source>
        <translation>In the text as</translation>
    </message>
    <message>
        <source>Noch nicht speicherbar: {problem}</source>
        <translation>Cannot be saved yet: {problem}</translation>
    </message>
    <message>
        <source>Die Vorlage braucht einen Titel.</source>
        <translation>The template needs a title.</translation>
    </message>
    <message>
        <source>Sagen Sie unter „Wann passend“, wofür die Vorlage gedacht ist.</source>
        <translation>Say under “When it fits” what the template is for.</translation>
    </message>
    <message>
        <source>Wählen Sie mindestens eine Plattform.</source>
        <translation>Choose at least one platform.</translation>
    </message>
    <message>
        <source>Die ID „{id}“ gibt es schon.</source>
        <translation>The id “{id}” exists already.</translation>
    </message>
    <message>
        <source>Jedes Feld braucht einen Namen.</source>
        <translation>Every field needs a name.</translation>
    </message>
    <message>
        <source>Vorlage nicht gespeichert</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Die Änderungen an der Vorlage gehen verloren.</source>
        <translation>The changes to the template will be lost.</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>&lt;b&gt;Vorlagen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Templates&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vorlagen durchsuchen …</source>
        <translation>Search templates …</translation>
    </message>
    <message>
        <source>Vorlagen durchsuchen</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Nach Art filtern</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>Nach Ton filtern</source>
        <translation>Filter by tone</translation>
    </message>
    <message>
        <source>Sie und du</source>
        <translation>Sie and du</translation>
    </message>
    <message>
        <source>Vorlagen gruppieren</source>
        <translation>Group templates</translation>
    </message>
    <message>
        <source>Vorlagen nach Ihrer Situation oder nach Art ordnen</source>
        <translation>Order the templates by your situation or by kind</translation>
    </message>
    <message>
        <source>Nach Situation</source>
        <translation>By situation</translation>
    </message>
    <message>
        <source>Nach Art</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Vorlage ver&amp;wenden</source>
        <translation>&amp;Use template</translation>
    </message>
    <message>
        <source>Neuen Entwurf aus dieser Vorlage beginnen (Eingabetaste)</source>
        <translation>Start a new draft from this template (Enter)</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>{file}, Zeile {line}: {message}</source>
        <translation>{file}, line {line}: {message}</translation>
    </message>
    <message>
        <source>Nicht geladen:
</source>
        <translation>Not loaded:
</translation>
    </message>
    <message>
        <source>Passt zur erhaltenen Nachricht</source>
        <translation>Fits the message you received</translation>
    </message>
    <message>
        <source>{title} (eigene)</source>
        <translation>{title} (own)</translation>
    </message>
    <message>
        <source>Eigene Vorlage: {path}</source>
        <translation>Own template: {path}</translation>
    </message>
    <message>
        <source>Keine Vorlage passt zu Suche und Filter.</source>
        <translation>No template matches the search and filters.</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>In die &amp;Zwischenablage kopieren</source>
        <translation>Copy to the clip&amp;board</translation>
    </message>
    <message>
        <source>Plattform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Wo die Nachricht hingeht; die Prüfung kennt deren Grenzen.</source>
        <translation>Where the message goes; the check knows its limits.</translation>
    </message>
    <message>
        <source>Plattform offen</source>
        <translation>Platform open</translation>
    </message>
    <message>
        <source>&amp;Plattform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Nachrichtentext</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Sie haben den Text von Hand geändert. Änderungen in den Feldern werden deshalb nicht übernommen.</source>
        <translation>You changed the text by hand, so changes in the fields are not carried over.</translation>
    </message>
    <message>
        <source>Text aus Feldern &amp;neu erzeugen</source>
        <translation>&amp;Rebuild the text from the fields</translation>
    </message>
    <message>
        <source>Ersetzt Ihren Text; mit Strg+Z rückgängig zu machen.</source>
        <translation>Replaces your text; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Fertigen Text kopieren ({keys})</source>
        <translation>Copy the finished text ({keys})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nachricht&lt;/b&gt;</source>
        <translation>&lt;b&gt;Message&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Eine Zeile ist länger als {n} Zeichen: Der Zeilenumbruch ist aus, bis sie kürzer ist.</source>
        <translation>A line is longer than {n} characters: line wrapping is off until it is shorter.</translation>
    </message>
</context>
<context>
    <name>UsualTone</name>
    <message>
        <source>Mal so, mal so</source>
        <translation>Sometimes one, sometimes the other</translation>
    </message>
    <message>
        <source>Ich schreibe meist per Sie</source>
        <translation>I mostly write formally (Sie)</translation>
    </message>
    <message>
        <source>Ich schreibe meist per du</source>
        <translation>I mostly write informally (du)</translation>
    </message>
    <message>
        <source>Sie oder du</source>
        <translation>Formal or informal</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Frühere Versionen</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Versionen</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>jetzt</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Vorschau der Version</source>
        <translation>Preview of the version</translation>
    </message>
    <message>
        <source>Diese Version wiederherstellen</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Das Wiederherstellen legt den jetzigen Stand als eigene Version ab.</source>
        <translation>Restoring keeps the current state as a version of its own.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei Knigge Desktop</source>
        <translation>Welcome to Knigge Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Willkommen!&lt;/h3&gt;&lt;p&gt;Knigge Desktop hilft bei der ersten Nachricht an Fremde auf XING, LinkedIn oder per E-Mail: freundlich, kurz, persönlich. Drei Angaben sparen Ihnen später Tipparbeit; alle lassen sich jederzeit unter &lt;i&gt;Bearbeiten → Einstellungen&lt;/i&gt; ändern.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Knigge Desktop helps with the first message to a stranger on XING, LinkedIn or by e-mail: friendly, brief, personal. Three answers save you typing later; all of them can be changed at any time under &lt;i&gt;Edit → Settings&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>z. B. Jonas Becker</source>
        <translation>e.g. Jonas Becker</translation>
    </message>
    <message>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>z. B. Einkauf · Becker Transport GmbH</source>
        <translation>e.g. Purchasing · Becker Transport GmbH</translation>
    </message>
    <message>
        <source>Ihre Signatur</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <source>Sie oder &amp;du:</source>
        <translation>&amp;Formal or informal:</translation>
    </message>
    <message>
        <source>Ihr &amp;Name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;So ist das Fenster aufgebaut:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Links&lt;/b&gt; die Vorlagen, nach Ihrer Lage geordnet: Ich schreibe zuerst, Ich antworte, Ich sage ab, Ich fasse nach (Strg+1).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine Nachricht bekommen?&lt;/b&gt; Strg+Umschalt+R: einfügen, und die passende Antwort ist mit einem Klick begonnen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;In der Mitte&lt;/b&gt; die Felder der Vorlage; daraus entsteht der Text (Strg+2).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rechts&lt;/b&gt; Ihre Nachricht, frei bearbeitbar, darunter die Knigge-Hinweise (Strg+3, Strg+4; F7 springt zum nächsten Hinweis).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{copy_keys}&lt;/b&gt; kopiert den fertigen Text. Entwürfe werden beim Tippen gespeichert (Strg+O).&lt;/li&gt;&lt;li&gt;&lt;b&gt;F1&lt;/b&gt; zeigt alle Tastenkürzel.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;How the window is laid out:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Left&lt;/b&gt; the templates, ordered by your situation: I write first, I reply, I decline, I follow up (Ctrl+1).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Received a message?&lt;/b&gt; Ctrl+Shift+R: paste it, and one click starts the fitting reply.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Middle&lt;/b&gt; the template’s fields; the text is made from them (Ctrl+2).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Right&lt;/b&gt; your message, free to edit, with the etiquette findings below it (Ctrl+3, Ctrl+4; F7 jumps to the next finding).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{copy_keys}&lt;/b&gt; copies the finished text. Drafts are saved while you type (Ctrl+O).&lt;/li&gt;&lt;li&gt;&lt;b&gt;F1&lt;/b&gt; shows all keyboard shortcuts.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Ihre &amp;Signatur:</source>
        <translation>Your &amp;signature:</translation>
    </message>
    <message>
        <source>&amp;Los geht’s</source>
        <translation>&amp;Let’s go</translation>
    </message>
    <message>
        <source>&amp;Überspringen</source>
        <translation>&amp;Skip</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Dieser Entwurf hat noch keine gespeicherte Version.</source>
        <translation>This draft has no saved version yet.</translation>
    </message>
    <message>
        <source>Version vom {when} wiederhergestellt.</source>
        <translation>Version of {when} restored.</translation>
    </message>
    <message>
        <source>Lizenz: {licence}</source>
        <translation>Licence: {licence}</translation>
    </message>
    <message>
        <source>Datenordner: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Über Knigge Desktop</source>
        <translation>About Knigge Desktop</translation>
    </message>
    <message>
        <source>Gute erste Nachrichten im Business-Netzwerk: freundlich, kurz, persönlich und in korrektem Deutsch.</source>
        <translation>Good first messages in business networks: friendly, brief, personal and in correct German.</translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>Datum angeben</source>
        <translation>Give a date</translation>
    </message>
</context>
<context>
    <name>_SwitchWords</name>
    <message>
        <source>Vorlage gewechselt: {title}. Ihr eigener Text ist ersetzt, {fields} ohne Feld; „Rückgängig“ holt alles zurück.</source>
        <translation>Template changed: {title}. Your own text was replaced, {fields} has no field; “Undo” brings it all back.</translation>
    </message>
    <message>
        <source>Vorlage gewechselt: Ihr eigener Text ist ersetzt, {fields} ohne Feld; „Rückgängig“ holt alles zurück.</source>
        <translation>Template changed: your own text was replaced, {fields} has no field; “Undo” brings it all back.</translation>
    </message>
    <message numerus="yes">
        <source>Vorlage gewechselt: Ihr eigener Text ist ersetzt, %n Angaben ohne Feld; „Rückgängig“ holt alles zurück.</source>
        <translation>
            <numerusform>Template changed: your own text was replaced, %n entry has no field; “Undo” brings it all back.</numerusform>
            <numerusform>Template changed: your own text was replaced, %n entries have no field; “Undo” brings it all back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vorlage gewechselt: {title}. Ihr eigener Text ist ersetzt; „Rückgängig“ holt ihn zurück.</source>
        <translation>Template changed: {title}. Your own text was replaced; “Undo” brings it back.</translation>
    </message>
    <message>
        <source>Vorlage gewechselt: Ihr eigener Text ist ersetzt; „Rückgängig“ holt ihn zurück.</source>
        <translation>Template changed: your own text was replaced; “Undo” brings it back.</translation>
    </message>
    <message>
        <source>Vorlage gewechselt: {title}. Kein Feld für {fields}; „Rückgängig“ holt das zurück.</source>
        <translation>Template changed: {title}. No field for {fields}; “Undo” brings it back.</translation>
    </message>
    <message>
        <source>Vorlage gewechselt, ohne Feld für {fields}; „Rückgängig“ holt das zurück.</source>
        <translation>Template changed, no field for {fields}; “Undo” brings it back.</translation>
    </message>
    <message numerus="yes">
        <source>Vorlage gewechselt: %n Angaben ohne Feld; „Rückgängig“ holt sie zurück.</source>
        <translation>
            <numerusform>Template changed: %n entry has no field; “Undo” brings it back.</numerusform>
            <numerusform>Template changed: %n entries have no field; “Undo” brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vorlage gewechselt: {title}. Strg+Z holt den vorigen Text zurück.</source>
        <translation>Template changed: {title}. Ctrl+Z brings back the previous text.</translation>
    </message>
    <message>
        <source>Vorlage gewechselt. Strg+Z holt den vorigen Text zurück.</source>
        <translation>Template changed. Ctrl+Z brings back the previous text.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Der Knigge: Schreiben Sie korrektes Deutsch. Fehler in Rechtschreibung und Grammatik fallen Fremden zuerst auf und machen den guten Eindruck der übrigen Nachricht zunichte.</source>
        <translation>The Knigge: write correct German. Spelling and grammar mistakes are the first thing strangers notice, and they spoil the good impression of the rest of the message.</translation>
    </message>
    <message>
        <source>LanguageTool unter {url} antwortet nicht. Läuft der Server, und stimmt die Adresse?</source>
        <translation>LanguageTool at {url} does not answer. Is the server running, and is the address right?</translation>
    </message>
    <message>
        <source>LanguageTool antwortet nicht; die Prüfung wird wiederholt.</source>
        <translation>LanguageTool does not answer; the check will be tried again.</translation>
    </message>
    <message>
        <source>Die Grammatikprüfung ist ausgeschaltet.</source>
        <translation>The grammar check is switched off.</translation>
    </message>
    <message>
        <source>Es ist kein LanguageTool-Server eingetragen.</source>
        <translation>No LanguageTool server is set.</translation>
    </message>
    <message>
        <source>Für LanguageTool Premium fehlen Name oder API-Schlüssel.</source>
        <translation>LanguageTool Premium needs a user name and an API key.</translation>
    </message>
    <message>
        <source>Ihrem Datenordner</source>
        <translation>your data folder</translation>
    </message>
    <message>
        <source>LanguageTool ist noch nicht da (in {where}). Laden Sie es einmalig herunter (etwa {mb} MB) oder wählen Sie einen vorhandenen Ordner.</source>
        <translation>LanguageTool is not there yet (in {where}). Download it once (about {mb} MB) or choose an existing folder.</translation>
    </message>
    <message>
        <source>Keine Verbindung zu {host}. Prüfen Sie die Internetverbindung (oder den Proxy) und versuchen Sie es noch einmal.</source>
        <translation>No connection to {host}. Check the internet connection (or the proxy) and try again.</translation>
    </message>
    <message>
        <source>Der Download-Server ({host}) hat den Download abgelehnt (HTTP {status}). Versuchen Sie es später noch einmal.</source>
        <translation>The download server ({host}) refused the download (HTTP {status}). Try again later.</translation>
    </message>
    <message>
        <source>Die Prüfsumme des Downloads stimmt nicht: Die Datei ist unterwegs beschädigt oder verändert worden und wurde gelöscht. Versuchen Sie es noch einmal.</source>
        <translation>The download&apos;s checksum does not match: the file was damaged or changed on the way and has been deleted. Try again.</translation>
    </message>
    <message>
        <source>Der Download wurde größer als erwartet (über {mb} MB) und wurde abgebrochen.</source>
        <translation>The download grew larger than expected (over {mb} MB) and was stopped.</translation>
    </message>
    <message>
        <source>Auf dem Datenträger ist nicht genug Platz. LanguageTool braucht etwa {mb} MB: Machen Sie Platz frei und versuchen Sie es noch einmal.</source>
        <translation>There is not enough space on the disk. LanguageTool needs about {mb} MB: free some space and try again.</translation>
    </message>
    <message>
        <source>LanguageTool ließ sich nicht in {folder} speichern. Prüfen Sie, ob Sie dort schreiben dürfen.</source>
        <translation>LanguageTool could not be saved in {folder}. Check that you may write there.</translation>
    </message>
    <message>
        <source>Im Archiv von LanguageTool {version} fehlt {jar}.</source>
        <translation>The LanguageTool {version} archive lacks {jar}.</translation>
    </message>
    <message>
        <source>Java ist zu alt ({found}). LanguageTool braucht Java {minimum} oder neuer: Installieren Sie ein aktuelles Java oder pip install &quot;knigge-desktop[java]&quot;.</source>
        <translation>Java is too old ({found}). LanguageTool needs Java {minimum} or newer: install a current Java or pip install &quot;knigge-desktop[java]&quot;.</translation>
    </message>
    <message>
        <source>Kein Java gefunden. LanguageTool braucht Java {minimum} oder neuer: Installieren Sie Java (z. B. OpenJDK) oder pip install &quot;knigge-desktop[java]&quot;.</source>
        <translation>No Java found. LanguageTool needs Java {minimum} or newer: install Java (e.g. OpenJDK) or pip install &quot;knigge-desktop[java]&quot;.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht UTF-8-kodiert.</source>
        <translation>The file is not encoded in UTF-8.</translation>
    </message>
    <message>
        <source>Datei nicht lesbar: {strerror}</source>
        <translation>File not readable: {strerror}</translation>
    </message>
    <message>
        <source>Datei nicht lesbar: keine gewöhnliche Datei (Ordner, FIFO, Gerät).</source>
        <translation>File not readable: not a regular file (folder, FIFO, device).</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß (mehr als {size} KB).</source>
        <translation>The file is too large (more than {size} KB).</translation>
    </message>
    <message>
        <source>Zu tief verschachtelt (mehr als {depth} Ebenen).</source>
        <translation>Nested too deeply (more than {depth} levels).</translation>
    </message>
    <message>
        <source>ein Wert fehlt oder ist keiner</source>
        <translation>a value is missing or is none</translation>
    </message>
    <message>
        <source>die Zeile ist weder Angabe noch Tabelle</source>
        <translation>the line is neither a setting nor a table</translation>
    </message>
    <message>
        <source>nach dem Namen fehlt „=“</source>
        <translation>“=” is missing after the name</translation>
    </message>
    <message>
        <source>nach dem Wert steht noch etwas (zwei Angaben in einer Zeile?)</source>
        <translation>something follows the value (two settings on one line?)</translation>
    </message>
    <message>
        <source>eine Angabe steht doppelt</source>
        <translation>a setting appears twice</translation>
    </message>
    <message>
        <source>eine Tabelle steht doppelt</source>
        <translation>a table appears twice</translation>
    </message>
    <message>
        <source>eine Liste „[“ wird nicht geschlossen</source>
        <translation>a list “[” is never closed</translation>
    </message>
    <message>
        <source>eine Tabelle „{{“ wird nicht geschlossen</source>
        <translation>a table “{{” is never closed</translation>
    </message>
    <message>
        <source>ein Text wird nicht mit &quot; geschlossen</source>
        <translation>a text is not closed with &quot;</translation>
    </message>
    <message>
        <source>ein \ im Text muss \\ geschrieben werden</source>
        <translation>a \ in a text must be written \\</translation>
    </message>
    <message>
        <source>ein Zeichen, das hier nicht stehen darf (ein Text über mehrere Zeilen steht in &quot;&quot;&quot;…&quot;&quot;&quot;)</source>
        <translation>a character that may not stand here (a text over several lines goes in &quot;&quot;&quot;…&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <source>ein Name beginnt mit einem Zeichen, das nicht geht</source>
        <translation>a name begins with a character that is not allowed</translation>
    </message>
    <message>
        <source>ein Schreibfehler</source>
        <translation>a typing error</translation>
    </message>
    <message>
        <source>Kein gültiges TOML am Ende der Datei: {what}.</source>
        <translation>No valid TOML at the end of the file: {what}.</translation>
    </message>
    <message>
        <source>Kein gültiges TOML in Spalte {column}: {what}.</source>
        <translation>No valid TOML in column {column}: {what}.</translation>
    </message>
    <message>
        <source>ein Ja/Nein-Wert</source>
        <translation>a yes/no value</translation>
    </message>
    <message>
        <source>eine Zahl</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>eine Tabelle</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>eine Liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>ein Text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>ein Datum oder eine Uhrzeit</source>
        <translation>a date or a time</translation>
    </message>
    <message>
        <source>Kein gültiges JSON (Zeile {line}, Spalte {column}).</source>
        <translation>Not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Eine Zahl in der Datei ist zu lang.</source>
        <translation>A number in the file is too long.</translation>
    </message>
    <message>
        <source>Die Datei enthält ungültige Zeichen (\ud800…).</source>
        <translation>The file contains invalid characters (\ud800…).</translation>
    </message>
    <message>
        <source>Die ID „{id}“ gibt es schon; Vorlage übersprungen.</source>
        <translation>The id “{id}” exists already; template skipped.</translation>
    </message>
    <message>
        <source>Gruppe „{name}“ muss eine Liste von Feldern sein.</source>
        <translation>Group “{name}” must be a list of fields.</translation>
    </message>
    <message>
        <source>Pflichtangabe „{key}“ fehlt.</source>
        <translation>The required key “{key}” is missing.</translation>
    </message>
    <message>
        <source>„{key}“ hat den falschen Typ oder ist leer.</source>
        <translation>“{key}” has the wrong type or is empty.</translation>
    </message>
    <message>
        <source>„{key}“ muss ein Text sein, nicht {kind} (erlaubt: {allowed}).</source>
        <translation>“{key}” must be a text, not {kind} (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>„{key}“: höchstens ein &lt;marker&gt; je Beispiel.</source>
        <translation>“{key}”: at most one &lt;marker&gt; per example.</translation>
    </message>
    <message>
        <source>„{key}“: „suggestion“ muss ein Text sein.</source>
        <translation>“{key}”: “suggestion” must be a text.</translation>
    </message>
    <message>
        <source>Regel-ID „{rule_id}“ gibt es schon; Regel übersprungen.</source>
        <translation>Rule id “{rule_id}” exists already; rule skipped.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{key}“; Regeln stehen in [[rule]].</source>
        <translation>Unknown entry “{key}”; rules go in [[rule]].</translation>
    </message>
    <message>
        <source>„rule“ muss eine Liste sein ([[rule]]).</source>
        <translation>“rule” must be a list ([[rule]]).</translation>
    </message>
    <message>
        <source>„{key}“: unbekannter Wert „{value}“ (erlaubt: {allowed}).</source>
        <translation>“{key}”: unknown value “{value}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>„{key}“ braucht reguläre Ausdrücke als Text.</source>
        <translation>“{key}” needs regular expressions as text.</translation>
    </message>
    <message>
        <source>„{key}“: ungültiger regulärer Ausdruck „{source}“ ({error}).</source>
        <translation>“{key}”: invalid regular expression “{source}” ({error}).</translation>
    </message>
    <message>
        <source>„{key}“ fehlt oder ist leer.</source>
        <translation>“{key}” is missing or empty.</translation>
    </message>
    <message>
        <source>„context“ muss eine Tabelle sein.</source>
        <translation>“context” must be a table.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{key}“ in „context“.</source>
        <translation>Unknown entry “{key}” in “context”.</translation>
    </message>
    <message>
        <source>Jede Regel braucht Beispiele in „{key}“.</source>
        <translation>Every rule needs examples in “{key}”.</translation>
    </message>
    <message>
        <source>„{key}“: Beispiele sind Texte oder {{ text = … }}.</source>
        <translation>“{key}”: examples are texts or {{ text = … }}.</translation>
    </message>
    <message>
        <source>„{key}“ braucht eine Liste von Mustern.</source>
        <translation>“{key}” needs a list of patterns.</translation>
    </message>
    <message>
        <source>„{key}“: unbekannte Prüfung „{value}“ (erlaubt: {allowed}).</source>
        <translation>“{key}”: unknown check “{value}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>„{key}“ muss eine ganze Zahl sein.</source>
        <translation>“{key}” must be a whole number.</translation>
    </message>
    <message>
        <source>„{key}“ muss eine Tabelle sein.</source>
        <translation>“{key}” must be a table.</translation>
    </message>
    <message>
        <source>„{key}“ braucht eine Liste mit Einträgen.</source>
        <translation>“{key}” needs a list with entries.</translation>
    </message>
    <message>
        <source>Eine Regel muss eine Tabelle sein.</source>
        <translation>A rule must be a table.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{key}“ für eine Regel vom Typ {kind}.</source>
        <translation>Unknown entry “{key}” for a rule of type {kind}.</translation>
    </message>
    <message>
        <source>Regel-ID „{rule_id}“: nur Großbuchstaben, Ziffern, _.</source>
        <translation>Rule id “{rule_id}”: capital letters, digits and _ only.</translation>
    </message>
    <message>
        <source>„{key}“ muss eine Liste sein.</source>
        <translation>“{key}” must be a list.</translation>
    </message>
    <message>
        <source>„yields_to“ muss eine Liste von Regel-IDs sein.</source>
        <translation>“yields_to” must be a list of rule ids.</translation>
    </message>
    <message>
        <source>„{key}“ muss eine Liste von Texten sein.</source>
        <translation>“{key}” must be a list of strings.</translation>
    </message>
    <message>
        <source>Ein Feld muss eine Tabelle sein.</source>
        <translation>A field must be a table.</translation>
    </message>
    <message>
        <source> Sie gehört vor die erste [[fields]]-Tabelle.</source>
        <translation> It belongs before the first [[fields]] table.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{unknown}“ in einem Feld.{hint}</source>
        <translation>Unknown key “{unknown}” in a field.{hint}</translation>
    </message>
    <message>
        <source>Feld ohne gültigen „name“ (Kleinbuchstaben, Ziffern, _).</source>
        <translation>Field without a valid “name” (lower-case letters, digits, _).</translation>
    </message>
    <message>
        <source>Feld „{name}“ hat kein „label“.</source>
        <translation>Field “{name}” has no “label”.</translation>
    </message>
    <message>
        <source>Auswahlfeld „{name}“ braucht „choices“.</source>
        <translation>Choice field “{name}” needs “choices”.</translation>
    </message>
    <message>
        <source>„{key}“ muss ein Text sein, nicht {kind}.</source>
        <translation>“{key}” must be a text, not {kind}.</translation>
    </message>
    <message>
        <source>„choices“ von „{name}“: jede Wahl braucht value und label als Text.</source>
        <translation>“choices” of “{name}”: every choice needs value and label as text.</translation>
    </message>
    <message>
        <source>„required“ muss true oder false sein, nicht {kind}.</source>
        <translation>“required” must be true or false, not {kind}.</translation>
    </message>
    <message>
        <source>„{key}“ muss ein Text oder Ja/Nein sein, nicht {kind}.</source>
        <translation>“{key}” must be a text or yes/no, not {kind}.</translation>
    </message>
    <message>
        <source>Unbekannte Angabe „{unknown}“.</source>
        <translation>Unknown key “{unknown}”.</translation>
    </message>
    <message>
        <source>ID „{template_id}“: nur Kleinbuchstaben, Ziffern, _.</source>
        <translation>Id “{template_id}”: only lower-case letters, digits, _.</translation>
    </message>
    <message>
        <source>„platforms“ muss eine Liste sein.</source>
        <translation>“platforms” must be a list.</translation>
    </message>
    <message>
        <source>„fields“ muss eine Liste sein ([[fields]]).</source>
        <translation>“fields” must be a list ([[fields]]).</translation>
    </message>
    <message>
        <source>Mehr als {limit} Felder: so viele passen in kein Formular.</source>
        <translation>More than {limit} fields: no form holds that many.</translation>
    </message>
    <message>
        <source>Unbekannte Feldgruppe „{use}“.</source>
        <translation>Unknown field group “{use}”.</translation>
    </message>
    <message>
        <source>Feldname „{name}“ ist doppelt oder reserviert.</source>
        <translation>Field name “{name}” is taken twice or reserved.</translation>
    </message>
    <message>
        <source>Der Text nennt das unbekannte Feld „{name}“.</source>
        <translation>The text names the unknown field “{name}”.</translation>
    </message>
    <message>
        <source>Ja/Nein-Feld „{name}“ geht nur als Abschnitt {{#{name}}}.</source>
        <translation>Yes/no field “{name}” works only as a section {{#{name}}}.</translation>
    </message>
    <message>
        <source>Die Vorlage „{template_id}“ hat kein Feld „{name}“.</source>
        <translation>The template “{template_id}” has no field “{name}”.</translation>
    </message>
    <message>
        <source>Mehr als {limit} Abschnitte ineinander verschachtelt</source>
        <translation>More than {limit} sections nested inside each other</translation>
    </message>
    <message>
        <source>„{{/{name}}}“ schließt keinen offenen Abschnitt</source>
        <translation>“{{/{name}}}” closes no open section</translation>
    </message>
    <message>
        <source>Abschnitt „{{#{name}}}“ wird nicht geschlossen</source>
        <translation>Section “{{#{name}}}” is not closed</translation>
    </message>
    <message>
        <source>„{label}“: der Wert muss Text sein.</source>
        <translation>“{label}”: the value must be text.</translation>
    </message>
    <message>
        <source>„{label}“ ist ein Ja/Nein-Feld: „ja“ oder „nein“ angeben.</source>
        <translation>“{label}” is a yes/no field: give “ja” or “nein”.</translation>
    </message>
    <message>
        <source>„{label}“ erlaubt nur: {allowed}.</source>
        <translation>“{label}” allows only: {allowed}.</translation>
    </message>
    <message>
        <source>„{label}“: „{text}“ ist kein Datum (TT.MM.JJJJ).</source>
        <translation>“{label}”: “{text}” is not a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>{reason}

Die Datei bleibt unverändert. Bis zum nächsten Start werden Entwürfe nur im Arbeitsspeicher gehalten; kopieren Sie fertige Texte in die Zwischenablage.</source>
        <translation>{reason}

The file stays as it is. Until the next start drafts are kept in memory only; copy finished texts to the clipboard.</translation>
    </message>
    <message>
        <source>Die Entwurfsdatenbank {path} lässt sich nicht öffnen ({error}).</source>
        <translation>The drafts database {path} cannot be opened ({error}).</translation>
    </message>
    <message>
        <source>Die Entwurfsdatenbank {path} ist beschädigt ({error}).</source>
        <translation>The drafts database {path} is damaged ({error}).</translation>
    </message>
    <message>
        <source>Die Entwurfsdatenbank stammt von einer neueren Version von Knigge Desktop (Version {version}, diese App kennt {known}); sie bleibt unverändert.</source>
        <translation>The drafts database comes from a newer version of Knigge Desktop (version {version}, this app knows {known}); it stays as it is.</translation>
    </message>
    <message>
        <source>Entwurf konnte nicht gespeichert werden ({error}).</source>
        <translation>The draft could not be saved ({error}).</translation>
    </message>
    <message>
        <source>Der Entwurf wurde inzwischen an anderer Stelle geändert; er wird nicht überschrieben.</source>
        <translation>The draft has been changed elsewhere in the meantime; it is not overwritten.</translation>
    </message>
    <message>
        <source>Kein sicherer Schlüsselbund verfügbar, der API-Schlüssel kann nicht dauerhaft gespeichert werden. Unter Linux hilft gnome-keyring oder KWallet; bis dahin gilt der Schlüssel nur für diese Sitzung.</source>
        <translation>No secure keyring available, so the API key cannot be kept. On Linux, gnome-keyring or KWallet helps; until then the key applies to this session only.</translation>
    </message>
    <message>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>„{label}“ ({key})</source>
        <translation>“{label}” ({key})</translation>
    </message>
    <message>
        <source>{name}: „{value}“ gibt es nicht (erlaubt: {allowed})</source>
        <translation>{name}: “{value}” does not exist (allowed: {allowed})</translation>
    </message>
    <message>
        <source>{name}: {count} Einträge zu lang oder von falschem Typ übergangen (höchstens {limit} Zeichen)</source>
        <translation>{name}: {count} entries too long or of the wrong type passed over (at most {limit} characters)</translation>
    </message>
    <message>
        <source>{name}: „{value}“ ist keine Regel-ID (übergangen: {count})</source>
        <translation>{name}: “{value}” is no rule id (passed over: {count})</translation>
    </message>
    <message>
        <source>{name}: mehr als {limit} Einträge (übergangen: {count})</source>
        <translation>{name}: more than {limit} entries (passed over: {count})</translation>
    </message>
    <message>
        <source>Ausgeschaltete Regeln (Knigge und Grammatik)</source>
        <translation>Rules switched off (etiquette and grammar)</translation>
    </message>
    <message>
        <source>Eigenes Wörterbuch</source>
        <translation>Personal dictionary</translation>
    </message>
    <message>
        <source>Ihr Name, vorausgefüllt in neuen Entwürfen</source>
        <translation>Your name, filled into new drafts</translation>
    </message>
    <message>
        <source>Ihre Signatur unter dem Namen</source>
        <translation>Your signature below the name</translation>
    </message>
    <message>
        <source>Übliche Anrede: formal, informal oder leer</source>
        <translation>Usual form of address: formal, informal or empty</translation>
    </message>
    <message>
        <source>Übliche Plattform: xing, linkedin, email oder leer</source>
        <translation>Usual platform: xing, linkedin, email or empty</translation>
    </message>
    <message>
        <source>Grammatikprüfung: local, server, premium, off</source>
        <translation>Grammar check: local, server, premium, off</translation>
    </message>
    <message>
        <source>Eigener LanguageTool-Server</source>
        <translation>Own LanguageTool server</translation>
    </message>
    <message>
        <source>Sprachvariante: de-DE, de-AT, de-CH</source>
        <translation>Language variant: de-DE, de-AT, de-CH</translation>
    </message>
    <message>
        <source>Pingelige Prüfung (level=picky)</source>
        <translation>Picky check (level=picky)</translation>
    </message>
    <message>
        <source>LanguageTool-Premium-Benutzername</source>
        <translation>LanguageTool Premium user name</translation>
    </message>
    <message>
        <source>Java-Programm (leer: automatisch suchen)</source>
        <translation>Java program (empty: search automatically)</translation>
    </message>
    <message>
        <source>Vorhandener LanguageTool-Ordner</source>
        <translation>Existing LanguageTool folder</translation>
    </message>
    <message>
        <source>Breiten von Vorlagen, Feldern und Text</source>
        <translation>Widths of templates, fields and text</translation>
    </message>
    <message>
        <source>Lage und Größe des Fensters (Qt, Base64)</source>
        <translation>Position and size of the window (Qt, Base64)</translation>
    </message>
    <message>
        <source>Vorlagen ordnen: situation oder kind</source>
        <translation>Order templates: situation or kind</translation>
    </message>
    <message>
        <source>Ordner des letzten Imports oder Exports</source>
        <translation>Folder of the last import or export</translation>
    </message>
    <message>
        <source>Die Begrüßung beim ersten Start ist erledigt</source>
        <translation>The welcome at the first start is done</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche: de, en oder leer (wie das System)</source>
        <translation>Language of the interface: de, en or empty (as the system)</translation>
    </message>
    <message>
        <source>Die Einstellungen stammen von einer neueren Version der App (Version {version}, diese kennt {known}). Die Datei bleibt unverändert; es gelten die Vorgaben, und Änderungen werden nicht gespeichert.</source>
        <translation>The settings were written by a newer version of the app (version {version}, this one knows {known}). The file is left unchanged; the defaults apply, and changes are not saved.</translation>
    </message>
    <message>
        <source>Die Einstellungen ließen sich nicht lesen: {error} Es gelten die Vorgaben.</source>
        <translation>The settings could not be read: {error} The defaults apply.</translation>
    </message>
    <message>
        <source>Ungültige Einstellungen (falscher Typ oder zu lang), es gelten die Vorgaben: {names}.</source>
        <translation>Invalid settings (wrong type or too long), the defaults apply: {names}.</translation>
    </message>
    <message>
        <source>Ungültige Einstellungen übergangen: {reasons}.</source>
        <translation>Invalid settings passed over: {reasons}.</translation>
    </message>
    <message>
        <source>Unbekannte Einstellungen übergangen: {names}.</source>
        <translation>Unknown settings passed over: {names}.</translation>
    </message>
    <message>
        <source> Die alte Datei liegt unter {backup}.</source>
        <translation> The old file lies at {backup}.</translation>
    </message>
    <message>
        <source>kein Einstellungsobjekt</source>
        <translation>not a settings object</translation>
    </message>
    <message>
        <source>Die Versionsangabe fehlt oder ist keine ganze Zahl.</source>
        <translation>The version is missing or not a whole number.</translation>
    </message>
    <message>
        <source>Die Version {version} gibt es nicht.</source>
        <translation>There is no version {version}.</translation>
    </message>
    <message>
        <source>Die Datei ist keine gültige Vorlage.</source>
        <translation>The file is not a valid template.</translation>
    </message>
    <message>
        <source>Die ID „{template_id}“ gibt es schon.</source>
        <translation>The id “{template_id}” exists already.</translation>
    </message>
    <message>
        <source>Eine Vorlage mit der ID „{id}“ gibt es schon.</source>
        <translation>A template with the id “{id}” exists already.</translation>
    </message>
    <message>
        <source>keine Liste von Entwürfen</source>
        <translation>no list of drafts</translation>
    </message>
    <message>
        <source>Weitere Einträge nicht gelesen: {count} (höchstens {limit} je Import).</source>
        <translation>Further entries not read: {count} (at most {limit} per import).</translation>
    </message>
    <message>
        <source>kein Entwurf</source>
        <translation>not a draft</translation>
    </message>
    <message>
        <source>der Text fehlt</source>
        <translation>the text is missing</translation>
    </message>
    <message>
        <source>„{key}“ muss true oder false sein, nicht {kind}</source>
        <translation>“{key}” must be true or false, not {kind}</translation>
    </message>
    <message>
        <source>die Art</source>
        <translation>the kind</translation>
    </message>
    <message>
        <source>die Plattform</source>
        <translation>the platform</translation>
    </message>
    <message>
        <source>die Vorlagen-ID „{value}“ ist ungültig: nur Kleinbuchstaben, Ziffern, _</source>
        <translation>the template ID “{value}” is invalid: only lower-case letters, digits, _</translation>
    </message>
    <message>
        <source>„{key}“ ist kein Datum (ISO 8601): „{value}“</source>
        <translation>“{key}” is no date (ISO 8601): “{value}”</translation>
    </message>
    <message>
        <source>„{key}“ muss ein Text sein, nicht {kind}</source>
        <translation>“{key}” must be a text, not {kind}</translation>
    </message>
    <message>
        <source>„{key}“ ist zu lang ({n} Zeichen, höchstens {limit})</source>
        <translation>“{key}” is too long ({n} characters, at most {limit})</translation>
    </message>
    <message>
        <source>„{key}“ enthält ungültige Zeichen (halbe UTF-16-Paare)</source>
        <translation>“{key}” holds invalid characters (halves of UTF-16 pairs)</translation>
    </message>
    <message>
        <source>„fields“ muss eine Tabelle sein, nicht {kind}</source>
        <translation>“fields” must be a table, not {kind}</translation>
    </message>
    <message>
        <source>zu viele Felder ({n}, höchstens {limit})</source>
        <translation>too many fields ({n}, at most {limit})</translation>
    </message>
    <message>
        <source>ein Feldname ist kein Text oder zu lang</source>
        <translation>a field name is no text or too long</translation>
    </message>
    <message>
        <source>das Feld „{name}“ ist zu lang (höchstens {limit})</source>
        <translation>the field “{name}” is too long (at most {limit})</translation>
    </message>
    <message>
        <source>„ignored“ muss eine Liste von höchstens {limit} Texten sein</source>
        <translation>“ignored” must be a list of at most {limit} texts</translation>
    </message>
    <message>
        <source>{what} „{value}“ gibt es nicht (möglich: {allowed})</source>
        <translation>{what} “{value}” does not exist (possible: {allowed})</translation>
    </message>
    <message>
        <source>leer (null)</source>
        <translation>empty (null)</translation>
    </message>
    <message>
        <source>Entwurf {number}: {why}</source>
        <translation>Draft {number}: {why}</translation>
    </message>
    <message>
        <source>das Feld „{name}“ ist weder Text noch Ja/Nein</source>
        <translation>the field “{name}” is neither text nor yes/no</translation>
    </message>
    <message>
        <source>Neben der Entwurfsdatenbank liegt ein Journal ({path}), das zu einer anderen Datenbank gehört.</source>
        <translation>Next to the drafts database lies a journal ({path}) that belongs to another database.</translation>
    </message>
    <message>
        <source>In der Entwurfsdatenbank {path} fehlt die Tabelle „drafts“ (umbenannt oder gelöscht).</source>
        <translation>The drafts database {path} lacks the table “drafts” (renamed or dropped).</translation>
    </message>
    <message>
        <source>{path} ließ sich nicht schreiben: {error}</source>
        <translation>{path} could not be written: {error}</translation>
    </message>
    <message>
        <source>Das heruntergeladene Archiv ist beschädigt oder enthält unzulässige Einträge; es wurde nicht entpackt.</source>
        <translation>The downloaded archive is damaged or holds entries that are not allowed; it was not unpacked.</translation>
    </message>
    <message>
        <source>Java ließ sich nicht starten ({java}). Prüfen Sie in den Grammatik-Einstellungen, welches Java benutzt wird.</source>
        <translation>Java could not be started ({java}). Check in the grammar settings which Java is used.</translation>
    </message>
    <message>
        <source>LanguageTool war nach {seconds} Sekunden nicht bereit. Der Rechner ist vielleicht gerade sehr beschäftigt: Versuchen Sie es gleich noch einmal.</source>
        <translation>LanguageTool was not ready after {seconds} seconds. The computer may be very busy right now: try again in a moment.</translation>
    </message>
    <message>
        <source>Der Port {port} war belegt; LanguageTool konnte nicht starten.</source>
        <translation>Port {port} was taken; LanguageTool could not start.</translation>
    </message>
    <message>
        <source>LanguageTool hatte nicht genug Arbeitsspeicher (es braucht etwa {mb} MB). Schließen Sie andere Programme und versuchen Sie es noch einmal.</source>
        <translation>LanguageTool did not have enough memory (it needs about {mb} MB). Close other programs and try again.</translation>
    </message>
    <message>
        <source>Das Java ist zu alt für diese LanguageTool-Version. Installieren Sie ein aktuelles Java (17 oder neuer).</source>
        <translation>This Java is too old for this LanguageTool version. Install a current Java (17 or newer).</translation>
    </message>
    <message>
        <source>LanguageTool hat sich gleich nach dem Start beendet (Code {code}). Einzelheiten stehen in {log}.</source>
        <translation>LanguageTool ended right after starting (code {code}). The details are in {log}.</translation>
    </message>
    <message>
        <source>„{flagged}“ sieht aus wie ein Tippfehler im Namen „{name}“ aus den Feldern.</source>
        <translation>“{flagged}” looks like a typo of the name “{name}” from the fields.</translation>
    </message>
    <message>
        <source>Der Knigge: Schreiben Sie den Namen Ihres Gegenübers richtig. Ein falsch geschriebener Name zeigt, dass Sie nicht genau hingesehen haben.</source>
        <translation>The Knigge: spell the other person&apos;s name right. A misspelt name shows you did not look closely.</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>HTML entfernt</source>
        <translation>HTML removed</translation>
    </message>
    <message>
        <source>Vermutlich keine Textdatei: {count} Steuerzeichen entfernt</source>
        <translation>Probably not a text file: {count} control characters removed</translation>
    </message>
    <message>
        <source>{count} Steuerzeichen entfernt</source>
        <translation>{count} control characters removed</translation>
    </message>
    <message>
        <source>Text gekürzt: nur die ersten {limit} Zeichen gelesen</source>
        <translation>Text shortened: only the first {limit} characters read</translation>
    </message>
    <message>
        <source>Zitierter Verlauf weggelassen (1 ältere Nachricht)</source>
        <translation>Quoted history left out (1 older message)</translation>
    </message>
    <message>
        <source>Zitierter Verlauf weggelassen ({count} ältere Nachrichten)</source>
        <translation>Quoted history left out ({count} older messages)</translation>
    </message>
    <message>
        <source>Kein Text: nichts zu lesen</source>
        <translation>No text: nothing to read</translation>
    </message>
    <message>
        <source>Text der Benachrichtigung weggelassen</source>
        <translation>Notification text left out</translation>
    </message>
    <message>
        <source>Text der Benachrichtigung von {platform} weggelassen</source>
        <translation>{platform} notification text left out</translation>
    </message>
    <message>
        <source>Langer Verlauf: nur die neuesten {limit} Nachrichten gelesen, {count} ältere ausgelassen</source>
        <translation>Long thread: only the newest {limit} messages read, {count} older ones left out</translation>
    </message>
    <message>
        <source>Kein Absender gefunden</source>
        <translation>No sender found</translation>
    </message>
    <message>
        <source>Nachricht ist vermutlich englisch</source>
        <translation>The message is probably in English</translation>
    </message>
    <message>
        <source>Nachricht ist vermutlich weder deutsch noch englisch</source>
        <translation>The message is probably neither German nor English</translation>
    </message>
    <message>
        <source>Ohne Empfänger</source>
        <translation>No recipient</translation>
    </message>
    <message>
        <source>{recipient} – {kind}</source>
        <translation>{recipient} – {kind}</translation>
    </message>
    <message>
        <source>Die Entwurfsdatenbank {path} ist beschädigt und lässt sich nicht beiseitelegen ({error}); sie bleibt unverändert. Lesbare Entwürfe: {rescued}. Bis zum nächsten Start werden Entwürfe nur im Arbeitsspeicher gehalten; sichern Sie fertige Texte als Datei.</source>
        <translation>The drafts database {path} is damaged and cannot be moved aside ({error}); it stays unchanged. Drafts that could be read: {rescued}. Until the next start, drafts are kept in memory only; save finished texts as a file.</translation>
    </message>
    <message>
        <source>Die Entwurfsdatenbank war beschädigt. Die alte Datei liegt unverändert unter {backup}. Noch lesbare Entwürfe, übernommen: {rescued}.</source>
        <translation>The drafts database was damaged. The old file lies unchanged at {backup}. Drafts still readable, carried over: {rescued}.</translation>
    </message>
    <message>
        <source>Neben der Entwurfsdatenbank lag ein Journal einer anderen Datenbank. Beide liegen unverändert unter {backup}. Lesbare Entwürfe, übernommen: {rescued}.</source>
        <translation>Next to the drafts database lay a journal of another database. Both are kept unchanged at {backup}. Drafts that could be read, carried over: {rescued}.</translation>
    </message>
    <message>
        <source>In der Entwurfsdatenbank fehlte die Tabelle „drafts“ (umbenannt oder gelöscht). Die alte Datei liegt unverändert unter {backup}. Lesbare Entwürfe, übernommen: {rescued}.</source>
        <translation>The drafts database lacked the table “drafts” (renamed or dropped). The old file is kept unchanged at {backup}. Readable drafts carried over: {rescued}.</translation>
    </message>
    <message>
        <source>kein Platz mehr auf dem Datenträger</source>
        <translation>no space left on the disk</translation>
    </message>
    <message>
        <source>Ein-/Ausgabefehler</source>
        <translation>input/output error</translation>
    </message>
    <message>
        <source>keine Berechtigung</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>nur lesbares Dateisystem</source>
        <translation>read-only file system</translation>
    </message>
    <message>
        <source>Datei oder Ordner nicht gefunden</source>
        <translation>file or folder not found</translation>
    </message>
    <message>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>das ist ein Ordner</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <source>der Name ist zu lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>liegt auf einem anderen Datenträger</source>
        <translation>is on another disk</translation>
    </message>
    <message>
        <source>dort liegt schon eine Datei dieses Namens</source>
        <translation>a file of that name is already there</translation>
    </message>
    <message>
        <source>Systemfehler Nr. {number}</source>
        <translation>system error no. {number}</translation>
    </message>
    <message>
        <source>„sure_when“ nennt nur Prüfungen wie „@sales_push“.</source>
        <translation>“sure_when” names only checks such as “@sales_push”.</translation>
    </message>
    <message>
        <source>Jeder Eintrag in „swaps“ braucht pattern und replace.</source>
        <translation>Every entry in “swaps” needs pattern and replace.</translation>
    </message>
    <message>
        <source>„{key}“: Grenzen sind ganze Zahlen.</source>
        <translation>“{key}”: limits are whole numbers.</translation>
    </message>
    <message>
        <source>„max_on_platform“: je Plattform eine Tabelle.</source>
        <translation>“max_on_platform”: one table per platform.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>wie das System</source>
        <translation>as the system</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Erstkontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Kontaktanfrage</source>
        <translation>Contact request</translation>
    </message>
    <message>
        <source>Nachfassen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Absage</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Gruppenbeitrag</source>
        <translation>Group post</translation>
    </message>
    <message>
        <source>Ich schreibe zuerst</source>
        <translation>I write first</translation>
    </message>
    <message>
        <source>Ich antworte</source>
        <translation>I reply</translation>
    </message>
    <message>
        <source>Ich sage ab</source>
        <translation>I decline</translation>
    </message>
    <message>
        <source>Ich fasse nach</source>
        <translation>I follow up</translation>
    </message>
    <message>
        <source>Verkaufsangebot</source>
        <translation>Sales pitch</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Einladung</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Vorstellung durch Dritte</source>
        <translation>Introduction by someone else</translation>
    </message>
    <message>
        <source>Dank</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sie (förmlich)</source>
        <translation>Sie (formal)</translation>
    </message>
    <message>
        <source>du (locker)</source>
        <translation>du (informal)</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Grußformel</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Absender nennen</source>
        <translation>Naming the sender</translation>
    </message>
    <message>
        <source>Kürze</source>
        <translation>Brevity</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Frage oder Bitte</source>
        <translation>Question or request</translation>
    </message>
    <message>
        <source>Sie oder du</source>
        <translation>Formal or informal</translation>
    </message>
    <message>
        <source>Groß- und Kleinschreibung</source>
        <translation>Capitalisation</translation>
    </message>
    <message>
        <source>Platzhalter</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Massennachricht</source>
        <translation>Mass message</translation>
    </message>
    <message>
        <source>Verkaufsdruck</source>
        <translation>Sales pressure</translation>
    </message>
    <message>
        <source>Ton</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>Bezug beim Nachfassen</source>
        <translation>Reference in follow-ups</translation>
    </message>
    <message>
        <source>Klare Absage</source>
        <translation>Clear decline</translation>
    </message>
    <message>
        <source>Länge auf der Plattform</source>
        <translation>Length on the platform</translation>
    </message>
    <message>
        <source>Richtige Person</source>
        <translation>Right person</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
</context>
</TS>
