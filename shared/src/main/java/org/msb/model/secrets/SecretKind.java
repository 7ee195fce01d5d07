package org.msb.model.secrets;

/** What a hard-coded secret looks like, as said in annotations ("holds an AWS access key id"). */
public enum SecretKind {
    AWS_ACCESS_KEY_ID("an AWS access key id"),
    AWS_SECRET_ACCESS_KEY("an AWS secret access key"),
    PRIVATE_KEY("a private key"),
    GITHUB_TOKEN("a GitHub token"),
    GITLAB_TOKEN("a GitLab token"),
    SLACK_TOKEN("a Slack token"),
    SLACK_WEBHOOK("a Slack webhook URL"),
    STRIPE_KEY("a Stripe live key"),
    GOOGLE_API_KEY("a Google API key"),
    SENDGRID_KEY("a SendGrid API key"),
    NPM_TOKEN("an npm token"),
    JSON_WEB_TOKEN("a JSON web token"),
    PASSWORD_IN_URL("a password inside a URL"),
    /** Decided with the name: a credential-like value under a name such as DB_PASSWORD or apiKey. */
    CREDENTIAL_UNDER_SECRET_NAME("a credential-like value under a secret-like name");

    private final String description;

    SecretKind(String description) { this.description = description; }

    /** How an annotation names it, with its article: "an AWS access key id". */
    public String description() { return description; }
}
