<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>DraftsService</name>
    <message numerus="yes">
        <source>%n Entwürfe gesichert unter {path}.</source>
        <translation>
            <numerusform>%n Entwurf gesichert unter {path}.</numerusform>
            <numerusform>%n Entwürfe gesichert unter {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Entwürfe eingelesen</source>
        <translation>
            <numerusform>%n Entwurf eingelesen</numerusform>
            <numerusform>%n Entwürfe eingelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aus dem Papierkorb zurückgeholt</source>
        <translation>
            <numerusform>%n aus dem Papierkorb zurückgeholt</numerusform>
            <numerusform>%n aus dem Papierkorb zurückgeholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n übersprungen</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waren schon da</source>
        <translation>
            <numerusform>%n war schon da</numerusform>
            <numerusform>%n waren schon da</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>und %n weitere</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SwitchWords</name>
    <message numerus="yes">
        <source>Vorlage gewechselt: Ihr eigener Text ist ersetzt, %n Angaben ohne Feld; „Rückgängig“ holt alles zurück.</source>
        <translation>
            <numerusform>Vorlage gewechselt: Ihr eigener Text ist ersetzt, %n Angabe ohne Feld; „Rückgängig“ holt alles zurück.</numerusform>
            <numerusform>Vorlage gewechselt: Ihr eigener Text ist ersetzt, %n Angaben ohne Feld; „Rückgängig“ holt alles zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vorlage gewechselt: %n Angaben ohne Feld; „Rückgängig“ holt sie zurück.</source>
        <translation>
            <numerusform>Vorlage gewechselt: %n Angabe ohne Feld; „Rückgängig“ holt sie zurück.</numerusform>
            <numerusform>Vorlage gewechselt: %n Angaben ohne Feld; „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
</context>
</TS>
