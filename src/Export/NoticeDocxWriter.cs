using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Monitor.Analysis.Compliance;

namespace Monitor.Export;

/// <summary>
/// The draft 通报 as .docx in the seeds' structure: title, addressees, basis, 一、总体情况, 二、存在的主要问题,
/// 三、下一步工作要求 (from the template), issuer and date, then the attachments as tables on pages of their own.
/// </summary>
public static class NoticeDocxWriter
{
    public static void Write(Stream output, ComplianceReport report, NoticeTemplate template, IReadOnlyDictionary<string, string> values)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        DocxFonts.AddTo(main);
        var body = new Body();
        var issuer = values.GetValueOrDefault("发文单位", "");

        body.Append(Para(NoticeBody.Title(report, issuer), DocxFonts.Title, 44, JustificationValues.Center));
        body.Append(Para(""));
        foreach (var p in template.Section("主送", values))
        {
            body.Append(Para(p, indent: false));
        }
        body.Append(template.Section("依据", values).Select(p => Para(p)));
        body.Append(Para("一、总体情况", DocxFonts.Heading));
        body.Append(NoticeBody.Overall(report).Select(p => Para(p)));
        body.Append(Para("二、存在的主要问题", DocxFonts.Heading));
        body.Append(NoticeBody.Problems(report).Select(p => Para(p)));
        body.Append(Para("三、下一步工作要求", DocxFonts.Heading));
        body.Append(template.Section("下一步工作要求", values).Select(p => Para(p)));

        var attachments = new[] { ExportTables.Regions(report), ExportTables.Platforms(report), ExportTables.NonCompliant(report) };
        body.Append(Para(""));
        for (var i = 0; i < attachments.Length; i++)
        {
            body.Append(Para((i == 0 ? "附件：" : "　　　") + $"{i + 1}．{attachments[i].Title}"));
        }
        body.Append(Para(""));
        body.Append(Para(issuer, justification: JustificationValues.Right));
        body.Append(Para(values.GetValueOrDefault("成文日期", ""), justification: JustificationValues.Right));

        for (var i = 0; i < attachments.Length; i++)
        {
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Para($"附件{i + 1}", DocxFonts.Heading, indent: false));
            body.Append(Para(attachments[i].Title, DocxFonts.Title, 36, JustificationValues.Center));
            body.Append(DocxTable.Create(attachments[i]));
            if (attachments[i].Note is { } note)
            {
                body.Append(Para(note, size: 24, indent: false));
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    internal static Paragraph Para(string text, string font = DocxFonts.Body, int size = 32,
        JustificationValues? justification = null, bool indent = true)
    {
        var props = new ParagraphProperties();
        if (justification is { } j)
        {
            props.Append(new Justification { Val = j });
        }
        else if (indent)
        {
            // 首行缩进两个汉字, as official documents are set.
            props.Append(new Indentation { FirstLineChars = 200 });
        }
        var run = new Run(new RunProperties(DocxFonts.Run(font), new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(props, run);
    }
}
