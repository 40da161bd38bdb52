; Inno Setup 6 script: the Windows installer of 绩效自评 Desk.
;
; Packs the PyInstaller one-folder bundle installer\dist\perfdesk\ (built on Windows by
; `pyinstaller installer\perfdesk.spec`, see installer\BUILD-WINDOWS.md) into
; installer\dist\perfdesk-<version>-setup.exe:
;
;   iscc /DAppVersion=0.1.0 installer\perfdesk.iss
;
; The version comes from pyproject.toml; the build steps read it and pass it in.
;
; - Chinese Simplified wizard;
; - the first dialog asks: for the current user only (the default: %LOCALAPPDATA%\Programs, no
;   admin rights, as on most office PCs) or for all users (Program Files, asks for admin rights);
; - Start-menu entry (with the uninstaller) and a desktop shortcut (a task, ticked by default);
; - the uninstaller removes the program folder only: the user's database, its backups and the logs
;   in %LOCALAPPDATA%\perfdesk\ are kept, and the uninstaller says where they are.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 installer\perfdesk.iss
#endif

#define AppName "绩效自评 Desk"
#define AppExe "perfdesk.exe"
#define BundleDir AddBackslash(SourcePath) + "dist\perfdesk"

#if !FileExists(BundleDir + "\" + AppExe)
  #error installer\dist\perfdesk\perfdesk.exe not found: run pyinstaller installer\perfdesk.spec first (BUILD-WINDOWS.md)
#endif

; ChineseSimplified.isl ships with recent Inno Setup 6 releases; with an older one, put the file
; from https://jrsoftware.org/files/istrans/ beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found in Inno Setup's Languages folder nor beside perfdesk.iss
#endif

[Setup]
; Fixed for the life of the product: upgrades find and replace the earlier installation.
AppId={{5C8E2F4A-7B1D-4E63-9A2C-D3F08B6E41A7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=perfdesk
; An ASCII folder name: paths with Chinese characters are fine for the app, but ASCII keeps
; command lines and support calls simple.
DefaultDirName={autopf}\perfdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\perfdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=dist
OutputBaseFilename=perfdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
chinesesimplified.DataKept=程序已卸载。您的数据库、自动备份和日志仍保留在下面的文件夹中；如不再需要，可以手动删除：

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program itself may leave in its own folder (compiled migration scripts). Only {app}:
; the user's data folder (%LOCALAPPDATA%\perfdesk) is never listed here.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept') + #13#10#13#10 + ExpandConstant('{localappdata}\perfdesk'),
      mbInformation, MB_OK);
end;
