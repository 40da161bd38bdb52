; The Windows installer of 绩效自评 Desk (NSIS 3, 64-bit Unicode). Built by installer/build-windows.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSTAGE=<install folder> -DOUTFILE=<setup.exe>
;            -DUNINSTALL_LIST=<uninstall-files.nsh> -DINSTALLED_KB=<size> installer/perfdesk.nsi
;
; - Chinese wizard; installs for the current user, no admin rights, to
;   %LOCALAPPDATA%\Programs\perfdesk (or where the previous version is: upgrade in place);
; - Start-menu and desktop shortcuts to `pythonw.exe -X utf8 -m desktop` with the app's icon and
;   the AppUserModelID the app sets for itself (so the taskbar groups its windows under the
;   shortcut), plus a Start-menu entry for the command line (perfdesk.cmd);
; - an uninstaller (also in Settings → Apps) that removes the program and keeps the user's data
;   folder %LOCALAPPDATA%\perfdesk (database, backups, logs);
; - refuses, with a sentence, a Windows older than 10 version 1903 (build 18362): Qt needs the
;   system ICU of that release, python-calamine needs ProcessPrng.
; Silent: `setup.exe /S [/D=C:\some\folder]`, `Uninstall.exe /S`.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user

!ifndef UNINSTALL_LIST
  !error "build with installer/build-windows.sh (it defines VERSION, STAGE, OUTFILE, UNINSTALL_LIST)"
!endif

!define APP_NAME "绩效自评 Desk"
!define APP_ID "perfdesk"
!define AUMID "perfdesk.PerfDesk"
!define PUBLISHER "perfdesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define MIN_BUILD 18362

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT License"

!define MUI_ICON "${STAGE}\perfdesk.ico"
!define MUI_UNICON "${STAGE}\perfdesk.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本向导将在这台电脑上安装 ${APP_NAME} ${VERSION}。$\r$\n$\r$\n只为当前用户安装，不需要管理员权限。如已安装旧版本，将在原位置升级，数据（%LOCALAPPDATA%\perfdesk）保持不变。$\r$\n$\r$\n单击“下一步”继续。"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "启动 ${APP_NAME}"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; --- Windows 10 1903 or newer, 64-bit ----------------------------------------------------------------
!macro CHECK_WINDOWS
  ${WinVerGetBuild} $0
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIf} $0 < ${MIN_BUILD}
    IfSilent +2
      MessageBox MB_ICONSTOP "${APP_NAME} 需要 64 位的 Windows 10 1903 版（内部版本 ${MIN_BUILD}）或更新的 Windows，这台电脑的系统（内部版本 $0）太旧，无法安装。请先更新 Windows。"
    SetErrorLevel 3
    Quit
  ${EndIf}
!macroend

Function .onInit
  SetShellVarContext current
  !insertmacro CHECK_WINDOWS
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Function LaunchApp
  Exec '"$INSTDIR\pythonw.exe" -X utf8 -m desktop'
FunctionEnd

; --- AppUserModelID on a shortcut ($0 = the .lnk): IShellLinkW → IPersistFile::Load,
; IPropertyStore::SetValue(PKEY_AppUserModel_ID, VT_LPWSTR), Commit, IPersistFile::Save. -----------
Function SetShortcutAppId
  Push $1
  Push $2
  Push $3
  Push $4
  Push $5
  Push $6
  Push $7
  StrCpy $1 0
  StrCpy $2 0
  StrCpy $3 0
  System::Call 'ole32::CoCreateInstance(g "{00021401-0000-0000-C000-000000000046}", p 0, i 1, g "{000214F9-0000-0000-C000-000000000046}", *p .r1) i .r4'
  ${If} $4 = 0
    System::Call '$1->0(g "{0000010b-0000-0000-C000-000000000046}", *p .r2) i .r4'
  ${EndIf}
  ${If} $4 = 0
    System::Call '$2->5(w r0, i 2) i .r4'
  ${EndIf}
  ${If} $4 = 0
    System::Call '$1->0(g "{886D8EEB-8CF2-4446-8D02-CDBA1DBDCF99}", *p .r3) i .r4'
  ${EndIf}
  ${If} $4 = 0
    System::Call '*(&w64 "${AUMID}") p .r6'
    System::Call '*(&i2 31, &i2 0, &i4 0, p r6, p 0) p .r5'
    System::Call '*(&g16 "{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}", i 5) p .r7'
    System::Call '$3->6(p r7, p r5) i .r4'
    ${If} $4 = 0
      System::Call '$3->7() i .r4'
    ${EndIf}
    ${If} $4 = 0
      System::Call '$2->6(p 0, i 1) i .r4'
    ${EndIf}
    System::Free $5
    System::Free $6
    System::Free $7
  ${EndIf}
  DetailPrint "AppUserModelID ${AUMID} → $0：结果 $4"
  ${If} $3 P<> 0
    System::Call '$3->2()'
  ${EndIf}
  ${If} $2 P<> 0
    System::Call '$2->2()'
  ${EndIf}
  ${If} $1 P<> 0
    System::Call '$1->2()'
  ${EndIf}
  Pop $7
  Pop $6
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $1
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  ; Upgrade in place: the previous version's program files go first (its modules would otherwise
  ; linger beside the new ones); the data folder is elsewhere and never touched.
  ${If} ${FileExists} "$INSTDIR\python.exe"
    DetailPrint "升级：删除旧版本的程序文件"
    !include "${UNINSTALL_LIST}"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\pythonw.exe" "-X utf8 -m desktop" "$INSTDIR\perfdesk.ico" 0 SW_SHOWNORMAL "" "${APP_NAME}：项目支出绩效目标与自评"
  StrCpy $0 "$SMPROGRAMS\${APP_NAME}.lnk"
  Call SetShortcutAppId
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\pythonw.exe" "-X utf8 -m desktop" "$INSTDIR\perfdesk.ico" 0 SW_SHOWNORMAL "" "${APP_NAME}：项目支出绩效目标与自评"
  StrCpy $0 "$DESKTOP\${APP_NAME}.lnk"
  Call SetShortcutAppId
  CreateShortCut "$SMPROGRAMS\${APP_NAME} 命令行.lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR" && perfdesk --help' "$INSTDIR\perfdesk.ico" 0 SW_SHOWNORMAL "" "perfdesk.cmd：导入、评分、打印报表"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\perfdesk.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  !ifdef INSTALLED_KB
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  !endif
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME} 命令行.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  IfSilent +2
    MessageBox MB_ICONINFORMATION "${APP_NAME} 已卸载。您的数据（数据库、备份和日志）仍保存在 $LOCALAPPDATA\perfdesk，如不再需要可手动删除。"
SectionEnd
