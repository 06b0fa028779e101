// Mistake: answers that they tie, which is no option
// Prediction: width-or-depth
org.dlkit.notebook.Notebook.predict("width-or-depth", "same");
