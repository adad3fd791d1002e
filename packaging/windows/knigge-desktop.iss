; Inno Setup script for the Windows installer of the PyInstaller bundle.
; Build on Windows, from the repository folder, after the bundle (packaging/README.md):
;   for /f %v in ('python -c "import knigge_desktop; print(knigge_desktop.__version__)"') do ^
;     iscc /DAppVersion=%v packaging\windows\knigge-desktop.iss
; The version comes from knigge_desktop/__init__.py only.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\knigge-desktop.iss
#endif

[Setup]
; Keep AppId for ever: Windows finds earlier installs (for updates, uninstall) by it.
AppId={{5B0D7C59-6E0A-4F5B-9C7D-2A4C1E8F3B61}
AppName=Knigge Desktop
AppVersion={#AppVersion}
AppPublisher=Knigge Desktop
AppPublisherURL=https://github.com/knigge-desktop/knigge-desktop
DefaultDirName={autopf}\Knigge Desktop
DefaultGroupName=Knigge Desktop
DisableProgramGroupPage=yes
; Per-user install without admin rights; an administrator may still choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=KniggeDesktop-{#AppVersion}-setup
SetupIconFile=..\icons\knigge-desktop.ico
UninstallDisplayIcon={app}\knigge-desktop-window.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Drafts, settings and LanguageTool live in the user's
; AppData folder, never here, so updates and uninstalls leave them alone.
Source: "..\..\dist\knigge-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Knigge Desktop"; Filename: "{app}\knigge-desktop-window.exe"
Name: "{autodesktop}\Knigge Desktop"; Filename: "{app}\knigge-desktop-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\knigge-desktop-window.exe"; Description: "{cm:LaunchProgram,Knigge Desktop}"; Flags: nowait postinstall skipifsilent
