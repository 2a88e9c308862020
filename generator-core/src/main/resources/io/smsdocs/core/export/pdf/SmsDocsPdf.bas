REM smsdocs: converts the DOCX files a job list names to PDF, with the table of contents and the fields
REM updated first, so the contents list real page numbers. Run once per set by OfficeConversion:
REM   soffice --headless -env:UserInstallation=<private profile> macro:///SmsDocs.Pdf.ConvertAll("<jobs URL>")
REM Job list: one line per document, "<DOCX URL><TAB><PDF URL>". Log (jobs URL + ".log"): one line per
REM document, "ok<TAB><PDF URL>" or "error<TAB><DOCX URL><TAB><message>", then "done". The office always quits.
REM Each PDF appears under its name only once it is complete (written as .part, then renamed).

Sub ConvertAll(jobs As String)
  Dim jobFile As Integer, logFile As Integer, line As String, fields
  On Error GoTo Failed
  logFile = FreeFile
  Open jobs & ".log" For Output As #logFile
  jobFile = FreeFile
  Open jobs For Input As #jobFile
  Do While Not EOF(jobFile)
    Line Input #jobFile, line
    If Len(line) > 0 Then
      fields = Split(line, Chr(9))
      Print #logFile, Convert(fields(0), fields(1))
    End If
  Loop
  Close #jobFile
  Print #logFile, "done"
  Close #logFile
  StarDesktop.terminate()
  Exit Sub
Failed:
  Print #logFile, "error" & Chr(9) & jobs & Chr(9) & OneLine(Error$) & " (line " & Erl & ")"
  Close #logFile
  StarDesktop.terminate()
End Sub

Function Convert(source As String, target As String) As String
  Dim document As Object
  On Error GoTo Failed
  document = StarDesktop.loadComponentFromURL(source, "_blank", 0, Array(Prop("Hidden", True)))
  If IsNull(document) Then
    Convert = "error" & Chr(9) & source & Chr(9) & "LibreOffice could not open the document"
    Exit Function
  End If
  UpdateIndexes(document)
  document.getTextFields().refresh()
  REM Filled in, the contents may move the headings after them: a second pass lists the final pages.
  UpdateIndexes(document)
  Dim filter
  filter = Array(Prop("EmbedStandardFonts", True), Prop("ExportBookmarks", True), Prop("ExportNotes", False), _
    Prop("ExportLinksRelativeFsys", True))
  REM Written under another name and renamed when complete, so the caller can take each PDF as it appears.
  document.storeToURL(target & ".part", Array(Prop("FilterName", "writer_pdf_Export"), Prop("FilterData", filter)))
  document.close(True)
  Name ConvertFromURL(target & ".part") As ConvertFromURL(target)
  Convert = "ok" & Chr(9) & target
  Exit Function
Failed:
  Convert = "error" & Chr(9) & source & Chr(9) & OneLine(Error$) & " (line " & Erl & ")"
  If Not IsNull(document) Then document.close(True)
End Function

Sub UpdateIndexes(document As Object)
  Dim indexes As Object, i As Integer
  indexes = document.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next
End Sub

Function Prop(name As String, value)
  Dim p As New com.sun.star.beans.PropertyValue
  p.Name = name
  p.Value = value
  Prop = p
End Function

REM An office message spans lines; the log keeps one line per document.
Function OneLine(text As String) As String
  OneLine = Trim(Join(Split(Join(Split(text, Chr(13)), " "), Chr(10)), " "))
End Function
