using DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Export;

/// <summary>An attachment table: single borders, bold header, 仿宋 小四, the total row bold.</summary>
internal static class DocxTable
{
    public static Table Create(ExportTable source)
    {
        var b = new { Val = BorderValues.Single, Size = 4u };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = b.Val, Size = b.Size }, new BottomBorder { Val = b.Val, Size = b.Size },
                new LeftBorder { Val = b.Val, Size = b.Size }, new RightBorder { Val = b.Val, Size = b.Size },
                new InsideHorizontalBorder { Val = b.Val, Size = b.Size }, new InsideVerticalBorder { Val = b.Val, Size = b.Size })));
        table.Append(new TableGrid(source.Headers.Select(_ => new GridColumn())));
        table.Append(Row(source.Headers, true));
        for (var i = 0; i < source.Rows.Count; i++)
        {
            table.Append(Row(source.Rows[i], source.BoldRows?.Contains(i) == true));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(text =>
        {
            // Schema order inside rPr: fonts, bold, size.
            var props = new RunProperties(DocxFonts.Run(DocxFonts.Body));
            if (bold)
            {
                props.Append(new Bold());
            }
            props.Append(new FontSize { Val = "24" });
            var run = new Run(props, new Text(text));
            return new TableCell(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center },
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto }), run));
        }));
}
