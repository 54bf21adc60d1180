"""The web form: a server-rendered page that works without JavaScript (``mount(app)``)."""
