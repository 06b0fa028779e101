// Mistake: predicts the wide network fits better
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "wide");
