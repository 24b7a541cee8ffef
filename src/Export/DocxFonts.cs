using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Export;

/// <summary>
/// The official-document fonts (GB/T 9704: 方正小标宋简体 title, 黑体 headings, 仿宋_GB2312 body) with the font
/// table's <c>altName</c> naming the fallback (宋体 / 仿宋) that Word and WPS use where the font is not installed.
/// </summary>
internal static class DocxFonts
{
    public const string Title = "方正小标宋简体";
    public const string Heading = "黑体";
    public const string Body = "仿宋_GB2312";

    public static RunFonts Run(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    public static void AddTo(MainDocumentPart main)
    {
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            Font(Title, "宋体"), Font(Heading, "SimHei"), Font(Body, "仿宋"), Font("仿宋", "FangSong"), Font("宋体", "SimSun"));
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Run(Body), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }))));
    }

    private static Font Font(string name, string alt) =>
        new(new AltName { Val = alt }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }) { Name = name };
}
