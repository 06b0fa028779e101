// Mistake: records no prediction
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "");
