; Inno Setup definition of the Windows installer (https://jrsoftware.org/isinfo.php).
; Input: the PyInstaller folder dist\sviedka\ made by `pyinstaller packaging\sviedka.spec` on
; Windows (.github/workflows/package.yml). Output: dist\Sviedka-Setup-VERSION.exe.
;   iscc /DAppVersion=0.1.0 packaging\windows\sviedka.iss
; Defined, not tested on Windows here: tests/packaging/test_definitions.py only checks that it
; ships the programs the spec makes and the project's version.
; Per-user install (no administrator rights: an interviewer's laptop may not grant them).

#define AppName "Sviedka"
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0F2C1A-5B7D-4C8E-9A3F-2D1B0C9E8F7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Sviedka
DefaultDirName={localappdata}\Programs\Sviedka
DefaultGroupName=Sviedka
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Sviedka-Setup-{#AppVersion}
SetupIconFile=..\icons\sviedka.ico
UninstallDisplayIcon={app}\Sviedka.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; The vault lives in the user's data folder, not here: uninstalling never deletes testimonies.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\sviedka\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Sviedka"; Filename: "{app}\Sviedka.exe"
Name: "{autodesktop}\Sviedka"; Filename: "{app}\Sviedka.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Sviedka.exe"; Description: "{cm:LaunchProgram,Sviedka}"; Flags: nowait postinstall skipifsilent
