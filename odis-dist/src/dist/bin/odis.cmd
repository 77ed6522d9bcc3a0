@echo off
rem SPDX-License-Identifier: EUPL-1.2
rem odis - is this dataset ready to be published as open data? Usage: odis assess FILE... (odis --help)
rem
rem Runs ODIS @project.version@ from this folder with Java 17 or later: %JAVA_HOME%\bin\java.exe if
rem JAVA_HOME is set, otherwise java.exe on the PATH. Nothing else is needed (no Maven, no network).
rem
rem Environment: JAVA_HOME       the Java runtime to run with
rem              ODIS_JAVA_OPTS  extra JVM options, e.g. -Xmx512m
rem              ODIS_CDS        0 turns off the class-data-sharing archive
rem Exit codes: those of odis (0 ok, 1 blocker, 2 bad input or usage, 3 internal error), and 3 when
rem no suitable Java is found.
rem
rem No parenthesised blocks around paths: a folder such as "C:\Program Files (x86)" would end them.
setlocal DisableDelayedExpansion

set "ODIS_HOME=%~dp0.."
for %%I in ("%ODIS_HOME%") do set "ODIS_HOME=%%~fI"
set "ODIS_JAR=%ODIS_HOME%\lib\odis.jar"
set "ODIS_VERSION=@project.version@"
rem C1 only and the serial collector: a short run does not pay for the optimising compiler and the
rem parallel collector's threads. JVM log output goes to standard error, never into a report; an
rem archive the JVM cannot use (say, Java was updated in place) only costs speed, so is not reported.
set "ODIS_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
rem odis serve runs for hours and answers many requests: it pays for the optimising compiler many
rem times over (C1 alone gives a fraction of its throughput), and the parallel collector suits it.
set "ODIS_RUN_OPTS=%ODIS_OPTS%"
if /i "%~1"=="serve" set "ODIS_RUN_OPTS=-XX:+UseParallelGC -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"

rem Java: JAVA_HOME first, then the PATH.
set "JAVACMD="
if not defined JAVA_HOME goto javaFromPath
rem A JAVA_HOME set with quotes around it is taken without them.
set "JAVA_HOME=%JAVA_HOME:"=%"
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto javaFound
echo odis: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; point it at a Java 17 or later runtime, or unset it to use java on the PATH 1>&2
exit /b 3
:javaFromPath
for %%J in (java.exe) do set "JAVACMD=%%~$PATH:J"
if defined JAVACMD goto javaFound
echo odis: no Java found; install Java 17 or later and put it on the PATH, or set JAVA_HOME 1>&2
exit /b 3
:javaFound

rem Class data sharing: a training run on a bundled example records the classes odis loads into an
rem archive in %LOCALAPPDATA%\odis\<version>; later runs map it instead of loading and verifying
rem those classes again. The archive is made again when this installation or the Java differ from
rem the ones it was made with (written beside it), because the JVM refuses such an archive.
rem odis serve has an archive of its own, trained by odis serve --check (Jetty, the web page and an
rem assessment over HTTP, with serve's options), which the other commands' archive lacks.
set "ODIS_JSA="
if "%ODIS_CDS%"=="0" goto run
if not defined LOCALAPPDATA goto run
set "ODIS_CACHE=%LOCALAPPDATA%\odis\%ODIS_VERSION%"
set "ODIS_JSA=%ODIS_CACHE%\odis.jsa"
if /i "%~1"=="serve" set "ODIS_JSA=%ODIS_CACHE%\odis-serve.jsa"
set "ODIS_KEY=%ODIS_HOME%|%JAVACMD%"
set "ODIS_OLDKEY="
if exist "%ODIS_JSA%.key" set /p ODIS_OLDKEY=<"%ODIS_JSA%.key"
if not exist "%ODIS_JSA%" goto train
if "%ODIS_OLDKEY%"=="%ODIS_KEY%" goto run

:train
call :checkJava || exit /b 3
if not exist "%ODIS_CACHE%" mkdir "%ODIS_CACHE%" 2>nul
del /q "%ODIS_JSA%" "%ODIS_JSA%.key" 2>nul
if /i "%~1"=="serve" goto trainServe
"%JAVACMD%" %ODIS_OPTS% "-XX:ArchiveClassesAtExit=%ODIS_JSA%.tmp" -jar "%ODIS_JAR%" assess "%ODIS_HOME%\examples\datasets\ready-to-publish.json" >nul 2>&1
if errorlevel 1 goto trainFailed
goto trained
:trainServe
"%JAVACMD%" %ODIS_RUN_OPTS% "-XX:ArchiveClassesAtExit=%ODIS_JSA%.tmp" -jar "%ODIS_JAR%" serve --check --record "%ODIS_HOME%\examples\datasets" >nul 2>&1
if errorlevel 1 goto trainFailed
:trained
move /y "%ODIS_JSA%.tmp" "%ODIS_JSA%" >nul 2>&1 || goto trainFailed
rem Written with delayed expansion so that a path holding & or ^ is written as it is.
setlocal EnableDelayedExpansion
>"!ODIS_JSA!.key" echo(!ODIS_KEY!
endlocal
goto run
:trainFailed
del /q "%ODIS_JSA%.tmp" 2>nul
set "ODIS_JSA="
goto run

rem An older Java would fail on the first class with its own message and exit code 1, which odis
rem uses for "blocked"; say what is wrong instead. Checked only when no archive made with this Java
rem is used, so that a normal start does not pay for a second JVM. The version is read from a file,
rem not from a command inside for /f, where a path such as "C:\Program Files (x86)" breaks.
:checkJava
set "ODIS_JV="
set "ODIS_JVFILE=%TEMP%\odis-java-version-%RANDOM%.txt"
"%JAVACMD%" -version >"%ODIS_JVFILE%" 2>&1
for /f "usebackq tokens=2,3" %%U in ("%ODIS_JVFILE%") do if not defined ODIS_JV if "%%U"=="version" set "ODIS_JV=%%~V"
del /q "%ODIS_JVFILE%" 2>nul
set "ODIS_MAJOR=0"
for /f "delims=.-+_ tokens=1,2" %%A in ("%ODIS_JV%") do if "%%A"=="1" (set "ODIS_MAJOR=%%B") else (set "ODIS_MAJOR=%%A")
if %ODIS_MAJOR% GEQ 17 exit /b 0
echo odis: %JAVACMD% is Java %ODIS_JV%; odis needs Java 17 or later (set JAVA_HOME or change the PATH) 1>&2
exit /b 3

rem ODIS_JAVA_OPTS comes after the defaults so that it can override them; %* passes every argument
rem on as it was given, and the exit code of odis is the exit code of this script.
:run
if defined ODIS_JSA goto runShared
call :checkJava || exit /b 3
"%JAVACMD%" %ODIS_RUN_OPTS% %ODIS_JAVA_OPTS% -jar "%ODIS_JAR%" %*
exit /b %ERRORLEVEL%
:runShared
"%JAVACMD%" %ODIS_RUN_OPTS% "-XX:SharedArchiveFile=%ODIS_JSA%" %ODIS_JAVA_OPTS% -jar "%ODIS_JAR%" %*
exit /b %ERRORLEVEL%
