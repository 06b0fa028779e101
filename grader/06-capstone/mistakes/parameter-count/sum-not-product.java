// Mistake: adds the layer sizes instead of multiplying them
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 932);
