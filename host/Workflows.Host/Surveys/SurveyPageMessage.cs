namespace Workflows.Host.Surveys;

public enum SurveyPageMessage { Thanks, Invalid, Expired, Used, BadScore }
