namespace DefenceData.Tests;

/// <summary>Claim.Join: a summary or description as one text, and no text when there are no claims.</summary>
public sealed class ClaimTests
{
    private static Claim NewClaim(string text) => new() { Text = text, Citations = [] };

    [Fact]
    public void Claims_join_in_order_with_one_space_between()
    {
        Assert.Equal("First claim. Second claim.", Claim.Join([NewClaim("First claim."), NewClaim("Second claim.")]));
    }

    [Fact]
    public void No_claims_join_to_no_text()
    {
        Assert.Null(Claim.Join([]));
    }

    [Fact]
    public void A_missing_list_joins_to_no_text()
    {
        Assert.Null(Claim.Join(null));
    }

    [Fact]
    public void A_statement_without_claims_has_empty_summary_text_rather_than_none()
    {
        var statement = new Statement { Id = "s", Type = StatementType.Praise, Summary = [], Citations = [] };
        Assert.Equal("", statement.SummaryText);
    }

    [Fact]
    public void A_statement_s_summary_text_is_its_claims_joined()
    {
        var statement = new Statement { Id = "s", Type = StatementType.Praise, Summary = [NewClaim("Both sides condemned it."), NewClaim("They met.")], Citations = [] };
        Assert.Equal("Both sides condemned it. They met.", statement.SummaryText);
    }
}
