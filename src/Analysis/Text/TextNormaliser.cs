using Monitor.Analysis.Inspection;

namespace Monitor.Analysis.Text;

/// <summary>Turns a post's text (plain or HTML) into the <see cref="InspectionText"/> the inspectors read.</summary>
public static class TextNormaliser
{
    public static InspectionText FromPlain(string text)
    {
        if (CharFolder.IsAlreadyNormal(text))
        {
            return InspectionText.Plain(text);
        }
        var output = new MappedTextBuilder(text.Length);
        var folder = new CharFolder(output);
        for (var i = 0; i < text.Length; i++)
        {
            folder.Feed(text[i], i, i + 1);
        }
        TrimEnd(output);
        return output.Build(text);
    }

    public static InspectionText FromHtml(string html)
    {
        var output = new MappedTextBuilder(html.Length / 2);
        HtmlToText.Convert(html, new CharFolder(output));
        TrimEnd(output);
        return output.Build(html);
    }

    private static void TrimEnd(MappedTextBuilder output)
    {
        while (output.Length > 0 && output[output.Length - 1] is ' ' or '\n')
        {
            output.RemoveLast();
        }
    }
}
