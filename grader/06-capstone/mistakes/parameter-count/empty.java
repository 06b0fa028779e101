// Mistake: records no prediction
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", "");
