using DocumentFormat.OpenXml.Spreadsheet;

namespace Monitor.Export;

/// <summary>The workbook's few styles: 宋体 throughout (GB2312 charset so WPS and Excel pick the CJK face), a bold
/// title, grey bold headers, thin borders.</summary>
internal static class XlsxStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Body = 3;
    public const uint Total = 4;
    public const uint Note = 5;

    public static Stylesheet Create() => new(
        new Fonts(Font(11, false), Font(16, true), Font(11, true), Font(10, false)) { Count = 4 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat(),
            Format(1, 0, 0, HorizontalAlignmentValues.Center, false),
            Format(2, 2, 1, HorizontalAlignmentValues.Center, true),
            Format(0, 0, 1, HorizontalAlignmentValues.Left, true),
            Format(2, 0, 1, HorizontalAlignmentValues.Left, true),
            Format(3, 0, 0, HorizontalAlignmentValues.Left, false))
        { Count = 6 });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        return font;
    }

    private static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues align, bool wrap) =>
        new(new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyFont = true,
            ApplyFill = fill > 0,
            ApplyBorder = border > 0,
            ApplyAlignment = true,
        };
}
