# Entry point and a "fail" stub for the Wine-only stand-in DLLs (never shipped).
        .text
        .globl  DllMain
DllMain:                # BOOL WINAPI DllMain(HINSTANCE, DWORD, LPVOID): always TRUE
        movl    $1, %eax
        ret
        .globl  ReturnZero
ReturnZero:             # FALSE / NULL: "no colour profile", which Qt handles
        xorl    %eax, %eax
        ret
